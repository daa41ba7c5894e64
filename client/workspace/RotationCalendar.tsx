import { addDays, daysBetween } from "../../shared/dso/days";
import { TEAM_PALETTE } from "../dso/teamPalette";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { calendarBars } from "./reviewQueue";
import { usePersonName } from "./usePersonName";
import { useWorkspaceSession } from "./WorkspaceSession";
import type { MapRotation } from "./workspaceApi";

/**
 * One rotation calendar across journeys: a row per journey, a column per day, each owner period
 * a bar in the owner's colour with their name (covers striped), and a line at today.
 */
export function RotationCalendar({ rotations, from, days, today }: { rotations: readonly MapRotation[]; from: string; days: number; today: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const { doc } = useWorkspaceSession();
  const name = usePersonName();
  const colour = (personId: string) => {
    const i = doc.people.findIndex((p) => p.id === personId);
    return (i < 0 ? "#8a94a6" : TEAM_PALETTE[i % TEAM_PALETTE.length]) ?? "#8a94a6";
  };
  const dayFmt = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", timeZone: "UTC" });
  const fmt = (d: string) => dayFmt.format(new Date(`${d}T00:00:00Z`));
  const weeks = Array.from({ length: Math.ceil(days / 7) }, (_, i) => addDays(from, i * 7));
  const todayColumn = daysBetween(from, today) + 1;
  const grid = { gridTemplateColumns: `repeat(${days}, minmax(0, 1fr))` };
  return (
    <div className="ws-calendar" role="table" aria-label={t("workspace.people.calendar")}>
      <div className="ws-cal-row ws-cal-head" role="row">
        <span className="ws-cal-name" role="columnheader">
          {t("workspace.col.journey")}
        </span>
        <div className="ws-cal-track" style={grid} role="columnheader" aria-label={t("workspace.people.window", { from: fmt(from), to: fmt(addDays(from, days - 1)) })}>
          {weeks.map((w, i) => (
            <span key={w} className="ws-cal-week" style={{ gridColumn: `${i * 7 + 1} / span 7` }}>
              {fmt(w)}
            </span>
          ))}
        </div>
      </div>
      {rotations.map((r) => {
        const bars = calendarBars(r, from, days);
        return (
          <div key={r.mapId} className="ws-cal-row" role="row">
            <span className="ws-cal-name" role="rowheader" title={r.mapTitle}>
              {r.mapTitle}
            </span>
            <div className="ws-cal-track" style={grid} role="cell">
              {bars.length === 0 && <span className="ws-cal-empty muted">{t("workspace.people.noRotation")}</span>}
              {bars.map((b) => {
                const label = t(b.cover ? "workspace.people.coverPeriod" : "workspace.people.period", { name: name(b.ownerId), from: fmt(b.start), to: fmt(b.end) });
                return (
                  <span
                    key={`${b.start}:${b.ownerId}`}
                    className={`ws-cal-bar${b.cover ? " is-cover" : ""}`}
                    style={{ gridColumn: `${b.fromColumn} / ${b.toColumn}`, ["--owner" as string]: colour(b.ownerId) }}
                    title={label}
                    aria-label={label}
                  >
                    {name(b.ownerId)}
                  </span>
                );
              })}
              {todayColumn >= 1 && todayColumn <= days && <span className="ws-cal-today" style={{ gridColumn: `${todayColumn} / span 1` }} aria-hidden="true" />}
            </div>
          </div>
        );
      })}
    </div>
  );
}
