import type { MapProjection } from "../../shared/workspace/projection";
import type { ProjectedMap } from "../../shared/workspace/views";
import type { AppContext } from "../http/Route";

/** Parsed projections, kept while their stored JSON is the same (the views read them on every request). */
const cache = new Map<string, { json: string; projection: MapProjection }>();
/** A number per parsed projection, new for each parse: what {@link projectionStamp} is made of. */
const serials = new WeakMap<MapProjection, number>();
let nextSerial = 1;

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
      serials.set(projection, nextSerial++);
      out.push({ id: s.mapId, projection });
    } catch {
      // A projection that does not parse is recomputed on the map's next change; left out meanwhile.
    }
  }
  if (cache.size > 5000) cache.clear();
  return out;
}

/**
 * A string that is the same exactly while the listed projections are the same parsed objects
 * (so the same stored JSON, in the same workspace order): the version the views' answers are
 * cached and tagged by (WA17).
 */
export function projectionStamp(maps: readonly ProjectedMap[]): string {
  return maps.map((m) => `${m.id}:${serials.get(m.projection) ?? 0}`).join(",");
}
