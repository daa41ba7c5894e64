/**
 * `POST /api/workspaces/:id/commands` with metric points (API-RULES.md WK5): the commands that
 * carry points (`addMetricSeries` with `points`, `setMetricPoint`, `setMetricPoints`) keep
 * working, but their points go to storage beside the document, never into it. The batch runs on
 * a scratch copy as usual; the points it wrote there are taken out of the copy and stored first
 * (one transaction), then the copy's difference is committed, so nothing is half-stored.
 */
import { applyCommands, type ApplyResult } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import type { SeriesPoint } from "../../shared/metrics/series";
import { dropPointsFromDoc, pointsInDoc } from "../../shared/workspace/metricPointsInDoc";
import type { AppContext } from "../http/Route";
import type { Role } from "../sync/RoomSocket";
import { submitChange } from "./workspaceContent";

type App = Pick<AppContext, "rooms" | "storage" | "log" | "workspaces">;

/** The points of `after` that `before` does not hold with the same value, by series. */
function newPoints(before: ReadonlyMap<string, readonly SeriesPoint[]>, after: ReadonlyMap<string, readonly SeriesPoint[]>): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  for (const [id, list] of after) {
    const old = new Map((before.get(id) ?? []).map((p) => [p.on, p.value]));
    const fresh = list.filter((p) => old.get(p.on) !== p.value);
    if (fresh.length > 0) out.set(id, fresh);
  }
  return out;
}

/** Applies a batch to workspace `id`, storing the points it carries beside the document (WK5). */
export async function submitWorkspaceCommands(app: App, id: string, commands: readonly Command[], role: Role): Promise<ApplyResult> {
  const outcome = await submitChange(
    app,
    id,
    (doc) => {
      // Points a document still holds (written by a page of an older release): kept, but never over stored ones (WK8).
      const legacy = pointsInDoc(doc);
      const result = applyCommands(doc, commands, "server");
      const skipped = new Set(result.skipped.map((s) => s.index));
      // A point removed by `setMetricPoint {value: null}` is removed from storage.
      const removals = commands.flatMap((c, i) => (!skipped.has(i) && c.type === "setMetricPoint" && c.value === null ? [{ seriesId: c.seriesId, on: c.on }] : []));
      const points = newPoints(legacy, pointsInDoc(doc));
      dropPointsFromDoc(doc);
      return { result, points, removals, legacy };
    },
    role,
    async ({ points, removals, legacy }) => {
      if (legacy.size > 0) await app.storage.metricPoints.upsertMany(id, legacy, { keepExisting: true });
      if (points.size > 0) await app.storage.metricPoints.upsertMany(id, points);
      for (const r of removals) await app.storage.metricPoints.remove(id, r.seriesId, r.on);
    },
  );
  if (outcome.points.size > 0 || outcome.removals.length > 0) app.workspaces.live.changed(id, [], true);
  return outcome.result;
}
