/**
 * Per team, across every journey: the touchpoints it owns (with their KPIs and review state),
 * its open backlog items and the OKRs it holds or shares. Pure: the Teams view and its tests
 * read the same answer.
 */
import { metricStatus } from "../../shared/dso/kpi";
import type { Team } from "../../shared/schema/team";
import type { WsOkr } from "./readWorkspaceDoc";
import type { WsBacklogItem, WsTouchpoint } from "./workspaceApi";

export interface TeamRollup {
  /** null: the touchpoints and items no team owns. */
  readonly team: Team | null;
  readonly touchpoints: readonly WsTouchpoint[];
  /** Touchpoints whose review is due or overdue this period. */
  readonly reviewsDue: number;
  readonly reviewsOverdue: number;
  /** KPIs on its touchpoints by status (green = on target, amber = close, red = off). */
  readonly kpis: { readonly on: number; readonly close: number; readonly off: number; readonly none: number };
  /** Its backlog items that are not done, in backlog order. */
  readonly backlog: readonly WsBacklogItem[];
  readonly okrs: readonly WsOkr[];
  /** How many journeys it works in (touchpoints or backlog items). */
  readonly journeys: number;
}

function rollup(team: Team | null, touchpoints: readonly WsTouchpoint[], backlog: readonly WsBacklogItem[], okrs: readonly WsOkr[]): TeamRollup {
  const kpis = { on: 0, close: 0, off: 0, none: 0 };
  let reviewsDue = 0;
  let reviewsOverdue = 0;
  for (const tp of touchpoints) {
    if (tp.review.state === "due") reviewsDue++;
    if (tp.review.state === "overdue") reviewsOverdue++;
    for (const m of tp.metrics) {
      const s = metricStatus(m);
      if (s === "green") kpis.on++;
      else if (s === "amber") kpis.close++;
      else if (s === "red") kpis.off++;
      else kpis.none++;
    }
  }
  const journeys = new Set([...touchpoints.map((x) => x.mapId), ...backlog.map((x) => x.mapId)]).size;
  return { team, touchpoints, reviewsDue, reviewsOverdue, kpis, backlog, okrs, journeys };
}

/**
 * One rollup per team of the directory, in directory order, then one for "no team" when some
 * touchpoint or open item has no owner team (or names a team that no longer exists).
 */
export function teamRollups(
  teams: readonly Team[],
  touchpoints: readonly WsTouchpoint[],
  backlog: readonly WsBacklogItem[],
  okrs: readonly WsOkr[],
): TeamRollup[] {
  const known = new Set(teams.map((t) => t.id));
  const open = backlog.filter((b) => b.status !== "done");
  const owner = (id: string | null) => (id !== null && known.has(id) ? id : null);
  const out = teams.map((team) =>
    rollup(
      team,
      touchpoints.filter((tp) => owner(tp.ownerTeamId) === team.id),
      open.filter((b) => owner(b.ownerTeamId) === team.id),
      okrs.filter((o) => o.teamIds.includes(team.id)),
    ),
  );
  const orphanTp = touchpoints.filter((tp) => owner(tp.ownerTeamId) === null);
  const orphanItems = open.filter((b) => owner(b.ownerTeamId) === null);
  if (orphanTp.length > 0 || orphanItems.length > 0) out.push(rollup(null, orphanTp, orphanItems, []));
  return out;
}
