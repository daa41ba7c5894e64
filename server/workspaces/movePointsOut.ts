/**
 * The start-up move of metric points (API-RULES.md WK8): workspaces whose documents were written
 * before points moved to storage carry them inside their series. At start, before the server
 * listens and under the store's start-up lock (WA16), each queued workspace's points are added
 * to storage (a day that already holds a point keeps it: storage is never rewound), then taken
 * out of the document in one change through its room, then the workspace leaves the to-do list.
 * Idempotent and restart-safe: a crash between the steps repeats them, adding nothing twice.
 */
import { dropPointsFromDoc, pointsInDoc } from "../../shared/workspace/metricPointsInDoc";
import type { AppContext } from "../http/Route";
import { withDoc } from "../sync/withDoc";
import { submitChange } from "./workspaceContent";

type App = Pick<AppContext, "rooms" | "storage" | "log">;

/** Moves the points of every queued workspace out of its document; returns how many points moved. */
export function movePointsOut(app: App): Promise<number> {
  return app.storage.workspaces.exclusive(() => moveNow(app));
}

async function moveNow(app: App): Promise<number> {
  let moved = 0;
  for (const id of await app.storage.metricPoints.pendingMoves()) {
    const points = await withDoc(app, id, pointsInDoc);
    if (points && points.size > 0) {
      await app.storage.metricPoints.upsertMany(id, points, { keepExisting: true });
      await submitChange(app, id, dropPointsFromDoc, "server");
      for (const list of points.values()) moved += list.length;
    }
    await app.storage.metricPoints.moveDone(id);
  }
  if (moved > 0) app.log.info("metric.points_moved", { points: moved });
  return moved;
}
