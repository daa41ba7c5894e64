import type { MapProjection } from "../../shared/workspace/projection";
import type { ProjectedMap } from "../../shared/workspace/views";
import type { AppContext } from "../http/Route";

/** Parsed projections, kept while their stored JSON is the same (the views read them on every request). */
const cache = new Map<string, { json: string; projection: MapProjection }>();

/**
 * The projections of the workspace's maps in workspace order, without loading any map document
 * (WA7). A map whose projection is not stored yet is left out (it appears once projected).
 */
export async function readProjections(app: Pick<AppContext, "storage">, workspaceId: string): Promise<ProjectedMap[]> {
  const stored = await app.storage.workspaces.projectionsOf(workspaceId);
  const out: ProjectedMap[] = [];
  for (const s of stored) {
    const hit = cache.get(s.mapId);
    if (hit && hit.json === s.json) {
      out.push({ id: s.mapId, projection: hit.projection });
      continue;
    }
    try {
      const projection = JSON.parse(s.json) as MapProjection;
      if (projection.v !== 1) continue;
      cache.set(s.mapId, { json: s.json, projection });
      out.push({ id: s.mapId, projection });
    } catch {
      // A projection that does not parse is recomputed on the map's next change; left out meanwhile.
    }
  }
  if (cache.size > 5000) cache.clear();
  return out;
}
