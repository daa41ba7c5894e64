import type { ReactNode } from "react";
import type { AgendaSection, AgendaCard, KpiAgendaItem, ReviewAgenda } from "../../shared/review/reviewAgenda";
import { TeamChip } from "../dso/TeamChip";
import { formatDay } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { KpiStatus, useKpiFormat } from "../kpi/KpiStatus";
import { Sparkline } from "../kpi/Sparkline";
import { ToolIcon } from "../ui/ToolIcon";
import { CardLink } from "../workspace/CardLink";
import { usePersonName } from "../workspace/usePersonName";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import { useDrawnRows } from "../workspace/useDrawnRows";

/** What an agenda item can do with its cards: add them to the decision being written (editors). */
export interface CardPicker {
  readonly picked: (card: AgendaCard) => boolean;
  readonly toggle: ((card: AgendaCard) => void) | null;
}

/** How many items a section holds. */
export function sectionSize(agenda: ReviewAgenda, section: AgendaSection): number {
  return agenda[section].length;
}

/** One section of the agenda: its heading (with the count) and its items, or a line saying there are none. */
export function AgendaSectionView({ agenda, section, picker, headingLevel = 3 }: { agenda: ReviewAgenda; section: AgendaSection; picker: CardPicker; headingLevel?: 2 | 3 }) {
  const t = useT();
  const n = sectionSize(agenda, section);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={`rv-section rv-section-${section}`} aria-labelledby={`rv-h-${section}`} data-section={section}>
      <Heading id={`rv-h-${section}`}>
        {t(`review.section.${section}`)} <span className="rv-count">{n}</span>
      </Heading>
      <p className="rv-why muted">{t(`review.section.${section}.why`, { since: agenda.newSince })}</p>
      {n === 0 ? <p className="rv-none">{t(`review.section.${section}.none`)}</p> : <SectionItems agenda={agenda} section={section} picker={picker} />}
    </section>
  );
}

/**
 * Items of a section drawn in the agenda's first frame: a screen's worth of the first sections
 * (the 500-touchpoint review drew 250 KPI items, ~135 ms, before its first paint); the rest
 * follow once that frame is on screen, so find and a screen reader reach every item.
 */
const FIRST_ITEMS = 12;

function SectionItems({ agenda, section, picker }: { agenda: ReviewAgenda; section: AgendaSection; picker: CardPicker }) {
  const t = useT();
  const drawn = useDrawnRows(sectionSize(agenda, section), FIRST_ITEMS);
  const { lang } = useLanguage();
  const { teams } = useWorkspaceSession().doc;
  const person = usePersonName();
  const teamChip = (id: string | null) => {
    const team = id === null ? undefined : teams.find((x) => x.id === id);
    return team ? <TeamChip team={team} /> : null;
  };
  switch (section) {
    case "kpis":
      return (
        <ul className="rv-items">
          {agenda.kpis.slice(0, drawn).map((k) => (
            <KpiItem key={k.id} item={k} picker={picker} team={teamChip(k.ownerTeamId)} />
          ))}
        </ul>
      );
    case "overdue":
      return (
        <ul className="rv-items">
          {agenda.overdue.slice(0, drawn).map((tp) => (
            <Item key={`${tp.mapId}:${tp.cardId}`} card={tp} picker={picker} meta={<>{tp.mapTitle} · {tp.stageName}</>} extra={teamChip(tp.ownerTeamId)} />
          ))}
        </ul>
      );
    case "handovers":
      return (
        <ul className="rv-items">
          {agenda.handovers.slice(0, drawn).map((h) => (
            <li key={`${h.mapId}:${h.on}:${h.cover ? "c" : "r"}`} className="rv-item">
              <div className="rv-item-main">
                <span className="rv-item-title">{h.mapTitle}</span>
                <span className="ws-sub">
                  {h.cover
                    ? t("review.handover.cover", { who: h.toOwnerId ? person(h.toOwnerId) : t("review.nobody"), from: formatDay(h.on, lang), to: formatDay(h.until ?? h.on, lang) })
                    : t("review.handover.regular", { from: h.fromOwnerId ? person(h.fromOwnerId) : t("review.nobody"), to: h.toOwnerId ? person(h.toOwnerId) : t("review.nobody"), on: formatDay(h.on, lang) })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      );
    case "backlog":
      return (
        <ol className="rv-items">
          {agenda.backlog.slice(0, drawn).map((b) => (
            <Item key={`${b.mapId}:${b.cardId}`} card={b} picker={picker} kind={b.kind} meta={<>{b.mapTitle} · {t("workspace.teams.priority", { n: b.priority })}</>} extra={teamChip(b.ownerTeamId)} />
          ))}
        </ol>
      );
    case "newPainPoints":
      return (
        <ul className="rv-items">
          {agenda.newPainPoints.slice(0, drawn).map((b) => (
            <Item key={`${b.mapId}:${b.cardId}`} card={b} picker={picker} meta={<>{b.mapTitle} · {t("review.createdOn", { day: formatDay(b.createdOn ?? "", lang) })}</>} extra={teamChip(b.ownerTeamId)} />
          ))}
        </ul>
      );
  }
}

function PickButton({ card, picker }: { card: AgendaCard; picker: CardPicker }) {
  const t = useT();
  if (!picker.toggle) return null;
  const on = picker.picked(card);
  const toggle = picker.toggle;
  return (
    <button type="button" className="btn btn-small rv-pick" aria-pressed={on} aria-label={t("review.pick", { title: card.title })} onClick={() => toggle(card)}>
      {on ? <ToolIcon name="check" size={12} /> : <ToolIcon name="plus" size={12} />}
      {t("review.pickShort")}
    </button>
  );
}

function Item({ card, picker, meta, extra, kind }: { card: AgendaCard; picker: CardPicker; meta: ReactNode; extra?: ReactNode; kind?: "painPoint" | "opportunity" }) {
  const t = useT();
  return (
    <li className="rv-item">
      <div className="rv-item-main">
        <span className="rv-item-title">
          {kind && <span className={`dso-kind dso-kind-${kind}`}>{t(`dso.kind.${kind}`)}</span>}
          <CardLink mapId={card.mapId} cardId={card.cardId} title={card.title} />
        </span>
        <span className="ws-sub">{meta}</span>
      </div>
      {extra}
      <PickButton card={card} picker={picker} />
    </li>
  );
}

/** The points a KPI item's line shows: the series' points from its start to its end (at most 60, the latest). */
function trendOf(item: KpiAgendaItem, series: readonly { readonly id: string; readonly points?: readonly { on: string; value: number }[] }[]) {
  if (!item.start || !item.end) return [];
  const { start, end } = item;
  const points = series.find((s) => s.id === item.seriesId)?.points ?? [];
  return points.filter((p) => p.on >= start.on && p.on <= end.on).slice(-60);
}

function KpiItem({ item, picker, team }: { item: KpiAgendaItem; picker: CardPicker; team: ReactNode }) {
  const t = useT();
  const { metrics } = useWorkspaceSession().doc;
  const { name, withUnit } = useKpiFormat();
  const trend = trendOf(item, metrics);
  const kpi = name({ kind: item.kind, ...(item.label ? { label: item.label } : {}) });
  const unit = item.unit ?? undefined;
  const good = item.change === null || item.change === 0 ? null : (item.direction === "up") === item.change > 0;
  return (
    <li className="rv-item rv-kpi" data-series-id={item.seriesId ?? undefined} data-reason={item.reason}>
      <div className="rv-item-main">
        <span className="rv-item-title">
          <span className="kpi-name">{kpi}</span> <KpiStatus status={item.statusEnd} />
          <span className={`rv-reason rv-reason-${item.reason}`}>{t(`review.kpi.${item.reason}`)}</span>
        </span>
        <span className="ws-sub rv-figures">
          {item.start ? t("review.kpi.fromTo", { from: withUnit(item.start.value, unit), to: withUnit(item.end?.value, unit) }) : t("review.kpi.now", { value: withUnit(item.end?.value, unit) })}
          {item.target !== null && ` · ${t("review.kpi.target", { target: withUnit(item.target, unit) })}`}
          {item.change !== null && item.change !== 0 && (
            <span className={good ? "kpi-change-good" : "kpi-change-bad"}> · {item.change > 0 ? "+" : "−"}{withUnit(Math.abs(item.change), unit)}</span>
          )}
          {trend.length > 1 && <Sparkline trend={trend} width={84} height={22} target={item.target} status={item.statusEnd} label={t("review.kpi.trend", { kpi, n: trend.length })} />}
        </span>
        {item.cards.length > 0 ? (
          <ul className="rv-kpi-cards" aria-label={t("review.kpi.cards", { kpi })}>
            {item.cards.map((c) => (
              <li key={`${c.mapId}:${c.cardId}`}>
                <CardLink mapId={c.mapId} cardId={c.cardId} title={c.title} /> <span className="ws-sub">{c.mapTitle}</span>
                <PickButton card={c} picker={picker} />
              </li>
            ))}
          </ul>
        ) : (
          <span className="ws-sub">{t("review.kpi.noCards")}</span>
        )}
      </div>
      {team}
    </li>
  );
}
