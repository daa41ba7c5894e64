import "./kpiMap.css";
import { useMemo, useState } from "react";
import type { MetricKind } from "../../shared/schema/metric";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { filterKpiRows, kpiRows, offTargetCount, type KpiRow } from "./kpiRows";
import { useMetricLibrary } from "./MetricLibraryContext";
import { Sparkline } from "./Sparkline";
import { teamColor } from "../dso/teamPalette";

const NO_TEAM = "__none__";

/**
 * The journey's KPI overview beside the map (K9, K10): every KPI on its cards with value,
 * target, status, trend, owner team and card, read live through the workspace's metric series;
 * off target first; filtered by owner team and metric kind. A card's name shows it on the map.
 */
export function KpiOverviewView() {
  const session = useMap((s) => ({ focusCard: s.focusCard }));
  const library = useMetricLibrary();
  const t = useT();
  const { lang } = useLanguage();
  const [teamId, setTeamId] = useState("");
  const [kind, setKind] = useState("");
  const journey = useMap((s) => s.journey, Object.is);
  const rows = useMemo(() => kpiRows([{ mapId: "", title: journey.title, journey }], library.byId, library.today), [journey, library]);
  const num = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const teams = journey.teams ?? [];
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const filtered =
    teamId === NO_TEAM
      ? filterKpiRows(rows, { ...(kind ? { kind: kind as MetricKind } : {}) }).filter((r) => r.ownerTeamId === undefined)
      : filterKpiRows(rows, { ...(teamId ? { teamId } : {}), ...(kind ? { kind: kind as MetricKind } : {}) });
  const kindName = (k: MetricKind) => t(`dso.metricKind.${k}` as MessageKey);
  const withUnit = (row: KpiRow, n: number | undefined) => (n === undefined ? "–" : `${num.format(n)}${row.metric.unit ? ` ${row.metric.unit}` : ""}`);
  return (
    <section className="dso-view kpi-view" aria-labelledby="kpi-view-title">
      <div className="kpi-view-head">
        <h2 id="kpi-view-title">{t("kpi.overview.title")}</h2>
        <p>{t("kpi.overview.explain")}</p>
      </div>
      {rows.length === 0 ? (
        <p className="dso-hint">{t("kpi.overview.empty")}</p>
      ) : (
        <>
          <div className="kpi-filters">
            <label>
              <span>{t("kpi.overview.team")}</span>
              <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                <option value="">{t("kpi.overview.allTeams")}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
                <option value={NO_TEAM}>{t("kpi.overview.noTeam")}</option>
              </select>
            </label>
            <label>
              <span>{t("kpi.overview.kind")}</span>
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">{t("kpi.overview.allKinds")}</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {kindName(k)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="kpi-summary" aria-live="polite">
            <span className={offTargetCount(filtered) > 0 ? "kpi-off" : undefined}>{t("kpi.overview.offTarget", { count: offTargetCount(filtered) })}</span>
            <span>{t("kpi.overview.shown", { count: filtered.length })}</span>
          </p>
          {filtered.length === 0 ? (
            <p className="dso-hint">{t("kpi.overview.emptyFiltered")}</p>
          ) : (
            <div className="kpi-table-wrap">
              <table className="kpi-table">
                <caption className="visually-hidden">{t("kpi.overview.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("kpi.overview.col.kpi")}</th>
                    <th scope="col">{t("kpi.overview.col.value")}</th>
                    <th scope="col">{t("kpi.overview.col.target")}</th>
                    <th scope="col">{t("kpi.overview.col.status")}</th>
                    <th scope="col">{t("kpi.overview.col.trend")}</th>
                    <th scope="col">{t("kpi.overview.col.team")}</th>
                    <th scope="col">{t("kpi.overview.col.card")}</th>
                  </tr>
                </thead>
                <tbody>
                  {filtered.map((row) => {
                    const team = teams.find((x) => x.id === row.ownerTeamId);
                    const name = row.kind === "custom" ? (row.metric.label ?? kindName(row.kind)) : row.metric.label ? `${row.metric.label} (${kindName(row.kind)})` : kindName(row.kind);
                    const trendWord = row.improving === null ? "kpi.tip.trend.flat" : row.improving ? "kpi.tip.trend.up" : "kpi.tip.trend.down";
                    return (
                      <tr key={row.key} data-kpi={row.key}>
                        <th scope="row">
                          {name}
                          {row.seriesId === undefined && <span className="kpi-sub">{t("kpi.overview.typed")}</span>}
                        </th>
                        <td className="kpi-num">{withUnit(row, row.metric.value)}</td>
                        <td className="kpi-num">{withUnit(row, row.metric.target)}</td>
                        <td>
                          <span className={`kpi-status metric-${row.status ?? "none"}`}>{t(`dso.metrics.status.${row.status ?? "none"}`)}</span>
                        </td>
                        <td>
                          {row.trend.length >= 2 ? (
                            <span className={`kpi-trend${row.improving === true ? " is-improving" : row.improving === false ? " is-worsening" : ""}`} title={t(trendWord)}>
                              <Sparkline trend={row.trend} width={44} height={16} />
                              <span className="visually-hidden">{t(trendWord)}</span>
                            </span>
                          ) : (
                            <span className="dso-muted">–</span>
                          )}
                        </td>
                        <td>
                          {team ? (
                            <span className="kpi-team">
                              <span className="team-dot" style={{ ["--team" as string]: teamColor(team) }} aria-hidden="true" />
                              {team.name}
                            </span>
                          ) : (
                            <span className="dso-muted">{t("kpi.overview.noTeam")}</span>
                          )}
                        </td>
                        <td>
                          <button type="button" className="kpi-card-link" onClick={() => session.focusCard(row.cardId)} aria-label={t("dso.showOnMapNamed", { title: row.cardTitle })}>
                            {row.cardTitle}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
