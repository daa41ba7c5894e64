import { memo, useEffect, useMemo, useState } from "react";
import { METRIC_KINDS, type MetricKind } from "../../shared/schema/metric";
import type { MetricSeries } from "../../shared/workspace/schema";
import type { Team } from "../../shared/schema/team";
import { readSeries } from "../../shared/metrics/series";
import { TeamChip } from "../dso/TeamChip";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { CardLinkTo } from "../workspace/CardLink";
import { ResourceState } from "../workspace/ResourceState";
import { useWorkspaceResource } from "../workspace/useWorkspaceResource";
import { useSocketHold, useWorkspaceSession } from "../workspace/WorkspaceSession";
import { getTouchpoints } from "../workspace/workspaceApi";
import { filterKpiRows, kpiRows, type KpiRow } from "./kpiRows";
import { KpiStatusChip, useKpiFormat } from "./KpiStatus";
import { useKpiTableText, type KpiTableText } from "./useKpiTableText";
import { Sparkline } from "./Sparkline";
import { seriesWithoutCards, touchpointJourneys } from "./workspaceKpiJourneys";
import "./kpi.css";
import { ViewHead } from "../workspace/ViewHead";

/** Rows drawn at once; "Show more" adds the next page (a table of thousands of trend lines is slow to draw). */
const PAGE = 150;
/** Rows of the first paint (a screen and more); the rest of the page follows when the browser is idle, so the first paint is not a whole page's. */
const FIRST = 40;
const NO_TEAM = "none";
const ALL = "all";

/**
 * Every KPI of every journey (RV13): the touchpoints' KPIs from the server's projection read
 * through the live metrics library on the page's day, off target first, filtered by owner team
 * and kind, with the series no card shows below. Live (RV14): the library is the live document,
 * the touchpoints refetch on every change notice.
 */
export function WorkspaceKpiOverview() {
  const t = useT();
  const session = useWorkspaceSession();
  const touchpoints = useWorkspaceResource((id, key) => getTouchpoints(id, key, session.today), [session.today]);
  const library = session.doc.metrics;
  // Drawn once the library (the document's answer or the synced document, WA18), its points (WK7) and the touchpoints are all here: never a table of blanks first.
  const ready = { data: session.docReady && session.points ? touchpoints.data : null, error: touchpoints.error };
  const [settled, setSettled] = useState(false);
  const drawn = ready.data !== null;
  // WP13: the socket opens once the first rows are on screen, not while they are drawn.
  const releaseSocket = useSocketHold();
  useEffect(() => {
    if (drawn || ready.error) releaseSocket();
  }, [drawn, ready.error, releaseSocket]);
  useEffect(() => {
    if (!drawn || settled) return;
    const idle = requestIdleCallback(() => setSettled(true), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [drawn, settled]);
  const [teamId, setTeamId] = useState(ALL);
  const [kind, setKind] = useState<MetricKind | typeof ALL>(ALL);
  const [limit, setLimit] = useState(PAGE);
  const journeys = useMemo(() => touchpointJourneys(touchpoints.data?.items ?? []), [touchpoints.data]);
  const rows = useMemo(() => kpiRows(journeys, library, session.today), [journeys, library, session.today]);
  const shown = useMemo(() => {
    const byKind = filterKpiRows(rows, kind === ALL ? {} : { kind });
    if (teamId === ALL) return byKind;
    return teamId === NO_TEAM ? byKind.filter((r) => r.ownerTeamId === undefined || !session.doc.teams.some((x) => x.id === r.ownerTeamId)) : filterKpiRows(byKind, { teamId });
  }, [rows, kind, teamId, session.doc.teams]);
  const orphans = useMemo(
    () => seriesWithoutCards(library, rows).filter((s) => (kind === ALL || s.kind === kind) && (teamId === ALL || (teamId === NO_TEAM ? s.ownerTeamId === undefined : s.ownerTeamId === teamId))),
    [library, rows, kind, teamId],
  );
  const counts = { red: 0, amber: 0, green: 0, none: 0 };
  for (const r of shown) counts[r.status ?? "none"]++;
  const kinds = METRIC_KINDS.filter((k) => rows.some((r) => r.kind === k) || library.some((s) => s.kind === k));
  return (
    <div className="ws-view">
      <ViewHead title={t("review.kpis.title")} explain={t("review.kpis.explain")} />
      <ResourceState resource={ready} empty={rows.length === 0 && library.length === 0 ? t("review.kpis.empty") : null}>
        <ul className="kpi-summary" aria-label={t("review.kpis.summary")}>
          {(["red", "amber", "green", "none"] as const).map((s) => (
            <li key={s} className={`kpi-n-${s}`}>
              <strong>{counts[s]}</strong>
              <span>{t(`review.status.${s}`)}</span>
            </li>
          ))}
        </ul>
        <div className="ws-filters" role="group" aria-label={t("review.kpis.filters")}>
          <label>
            {t("workspace.col.team")}{" "}
            <select value={teamId} onChange={(e) => (setTeamId(e.target.value), setLimit(PAGE))}>
              <option value={ALL}>{t("workspace.filter.all")}</option>
              {session.doc.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
              <option value={NO_TEAM}>{t("dso.owner.none")}</option>
            </select>
          </label>
          <label>
            {t("review.kpis.kind")}{" "}
            <select value={kind} onChange={(e) => (setKind(e.target.value as MetricKind | typeof ALL), setLimit(PAGE))}>
              <option value={ALL}>{t("workspace.filter.all")}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`dso.metricKind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <span className="ws-filter-count muted" aria-live="polite">
            {t("review.kpis.count", { count: shown.length })}
          </span>
        </div>
        {shown.length === 0 ? (
          <p className="ws-empty">{t("review.kpis.noneMatch")}</p>
        ) : (
          <KpiTable rows={shown.slice(0, settled ? limit : Math.min(limit, FIRST))} />
        )}
        {shown.length > limit && (
          <button type="button" className="btn ws-more" onClick={() => setLimit((n) => n + PAGE)}>
            {t("review.kpis.more", { count: Math.min(PAGE, shown.length - limit) })}
          </button>
        )}
        {orphans.length > 0 && <SeriesTable series={orphans} />}
      </ResourceState>
    </div>
  );
}

function KpiTable({ rows }: { rows: readonly KpiRow[] }) {
  const t = useT();
  const text = useKpiTableText();
  const { key, doc } = useWorkspaceSession();
  const { teams, metrics } = doc;
  const labels = useMemo(() => new Map(metrics.filter((s) => s.label).map((s) => [s.id, s.label as string])), [metrics]);
  const { name, withUnit } = useKpiFormat();
  const { col } = text;
  return (
    <div className="ws-table-wrap">
      <table className="ws-table kpi-table ws-stack" aria-label={t("review.kpis.table")}>
        <KpiHead col={col} withCard />
        <tbody>
          {rows.map((r) => {
            // A card KPI without a label of its own goes by its series' label.
            const seriesLabel = r.seriesId === undefined || r.metric.label ? undefined : labels.get(r.seriesId);
            const kpi = name(seriesLabel ? { ...r.metric, label: seriesLabel } : r.metric);
            return <KpiTableRow key={r.key} row={r} kpi={kpi} team={teams.find((x) => x.id === r.ownerTeamId)} text={text} withUnit={withUnit} wsKey={key} />;
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The KPI tables' column headings; the overview's also names the journey and the card. */
function KpiHead({ col, withCard }: { col: KpiTableText["col"]; withCard: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{col.kpi}</th>
        <th scope="col">{col.status}</th>
        <th scope="col" className="ws-num">{col.value}</th>
        <th scope="col" className="ws-num">{col.target}</th>
        <th scope="col">{col.trend}</th>
        <th scope="col">{col.team}</th>
        {withCard && <th scope="col">{col.journey}</th>}
        {withCard && <th scope="col">{col.card}</th>}
      </tr>
    </thead>
  );
}

/**
 * One KPI of the overview: no hooks and every word given (issue 16: a row that asked i18next for
 * its words, and subscribed to it twice, made the first 40 rows cost most of the render). Kept
 * while its props are the same, so drawing the rest of the page redraws none of the first rows.
 */
const KpiTableRow = memo(function KpiTableRow(props: { row: KpiRow; kpi: string; team: Team | undefined; text: KpiTableText; withUnit: (n: number | undefined, unit: string | undefined) => string; wsKey: string }) {
  const { row: r, kpi, team, text, withUnit, wsKey } = props;
  const { col } = text;
  return (
    <tr data-status={r.status ?? "none"} data-map-id={r.mapId} data-card-id={r.cardId}>
      <th scope="row" className="kpi-name">
        {kpi}
        {r.seriesId === undefined && <span className="ws-sub">{text.typed}</span>}
      </th>
      <td data-label={col.status}>
        <KpiStatusChip status={r.status} text={text.status[r.status ?? "none"]} />
      </td>
      <td className="ws-num kpi-value" data-label={col.value}>{withUnit(r.metric.value, r.metric.unit)}</td>
      <td className="ws-num" data-label={col.target}>{withUnit(r.metric.target, r.metric.unit)}</td>
      <td data-label={col.trend}>
        {r.trend.length > 1 ? (
          <Sparkline trend={r.trend} width={84} height={22} target={r.metric.target ?? null} status={r.status} label={text.trendOf(kpi, withUnit(r.trend[0]?.value, r.metric.unit), withUnit(r.trend.at(-1)?.value, r.metric.unit), r.trend.length)} />
        ) : (
          <span className="muted">{text.noTrend}</span>
        )}
      </td>
      <td data-label={col.team}>{team ? <TeamChip team={team} /> : <span className="ws-noteam">{text.noTeam}</span>}</td>
      <td data-label={col.journey}>{r.journeyTitle}</td>
      <td className="kpi-card-cell" data-label={col.card}>
        <CardLinkTo mapId={r.mapId} cardId={r.cardId} title={r.cardTitle} wsKey={wsKey} hint={text.openJourney} />
      </td>
    </tr>
  );
});

/** RV13: the library's series that no card shows, read the same way. */
function SeriesTable({ series }: { series: readonly MetricSeries[] }) {
  const t = useT();
  const text = useKpiTableText();
  const { col } = text;
  const session = useWorkspaceSession();
  const { name, withUnit } = useKpiFormat();
  return (
    <section className="ws-section" aria-labelledby="kpi-orphans">
      <h3 id="kpi-orphans">{t("review.kpis.orphans", { count: series.length })}</h3>
      <div className="ws-table-wrap">
        <table className="ws-table kpi-table ws-compact ws-stack" aria-labelledby="kpi-orphans">
          <KpiHead col={col} withCard={false} />
          <tbody>
            {series.map((s) => {
              const reading = readSeries(s, session.today);
              const team = session.doc.teams.find((x) => x.id === s.ownerTeamId);
              const kpi = name({ kind: s.kind, ...(s.label ? { label: s.label } : {}) });
              return (
                <tr key={s.id} data-series-id={s.id}>
                  <th scope="row" className="kpi-name">{kpi}</th>
                  <td data-label={col.status}>
                    <KpiStatusChip status={reading.status} text={text.status[reading.status ?? "none"]} />
                  </td>
                  <td className="ws-num kpi-value" data-label={col.value}>{withUnit(reading.latest?.value, s.unit)}</td>
                  <td className="ws-num" data-label={col.target}>{withUnit(s.target, s.unit)}</td>
                  <td data-label={col.trend}>
                    {reading.trend.length > 1 ? (
                      <Sparkline trend={reading.trend} width={84} height={22} target={s.target ?? null} status={reading.status} label={text.trendOf(kpi, withUnit(reading.trend[0]?.value, s.unit), withUnit(reading.latest?.value, s.unit), reading.trend.length)} />
                    ) : (
                      <span className="muted">{text.noTrend}</span>
                    )}
                  </td>
                  <td data-label={col.team}>{team ? <TeamChip team={team} /> : <span className="ws-noteam">{text.noTeam}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
