/**
 * Creating workspaces and maps inside them: fresh ids and keys, first states, one storage
 * transaction per creation (WA1), and each new map's projection stored at once (WA7).
 */
import type { Journey } from "../../shared/schema/journey";
import { applyCommands } from "../../shared/commands/applyCommands";
import { splitJourney } from "../../shared/workspace/compose";
import type { Workspace } from "../../shared/workspace/schema";
import { docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import * as Y from "yjs";
import { hashKeys, newKeys, newMapId, type MapKeys } from "../keys";
import type { KeyHashes, MapRecord } from "../storage/Storage";
import type { AppContext } from "../http/Route";
import { mapPartSnapshot, submitCommands, workspaceSnapshot } from "./workspaceContent";

/** An empty workspace titled `title`. */
export const emptyWorkspace = (title: string): Workspace => ({ title, teams: [], people: [], okrs: [], metrics: [], decisions: [] });

const record = (id: string, keyHashes: KeyHashes, now: string): MapRecord => ({ id, keyHashes, createdAt: now, updatedAt: now });

/** The 201 body of a created workspace: id, keys, links to `/w/<id>`. */
export function workspaceCreatedBody(app: AppContext, id: string, keys: MapKeys): Record<string, unknown> {
  const base = app.publicUrl();
  return {
    id, ownerKey: keys.ownerKey, editKey: keys.editKey, viewKey: keys.viewKey,
    links: { edit: `${base}/w/${id}#k=${keys.editKey}`, view: `${base}/w/${id}#k=${keys.viewKey}` },
  };
}

/**
 * The workspace that receives `journeys` split against it in order, as documents: the
 * workspace's state and each map's first state (the directory merged by id, then name).
 */
export function buildWorkspace(base: Workspace, journeys: readonly { mapId: string; journey: Journey; createdOn?: string }[]): { workspace: Uint8Array; maps: { mapId: string; snapshot: Uint8Array }[] } {
  const doc = workspaceToDoc(base);
  try {
    const maps = journeys.map(({ mapId, journey, createdOn }) => {
      const split = splitJourney(journey, docToWorkspace(doc).workspace, mapId);
      applyCommands(doc, split.workspaceCommands, "import");
      return { mapId, snapshot: mapPartSnapshot(split, createdOn) };
    });
    return { workspace: Y.encodeStateAsUpdate(doc), maps };
  } finally {
    doc.destroy();
  }
}

/**
 * Stores a new workspace holding `journeys` (already split by `buildWorkspace` or given as
 * first states): the maps first, then the workspace with its membership in one transaction
 * (a crash in between leaves maps without a workspace, which the start-up move adopts, WA5).
 */
export async function storeWorkspace(
  app: AppContext,
  state: Uint8Array,
  maps: readonly { mapId: string; snapshot: Uint8Array }[],
  keys: MapKeys = newKeys(),
  /** The maps' keys, in order (fresh ones where absent); a map's own workspace shares its keys (WA15). */
  givenMapKeys: readonly MapKeys[] = [],
): Promise<{ id: string; keys: MapKeys; mapKeys: MapKeys[] }> {
  const id = newMapId();
  const now = new Date().toISOString();
  const mapKeys: MapKeys[] = [];
  for (const [i, m] of maps.entries()) {
    const k = givenMapKeys[i] ?? newKeys();
    mapKeys.push(k);
    await app.storage.createMap(record(m.mapId, hashKeys(k), now), m.snapshot);
  }
  await app.storage.workspaces.createWorkspace(record(id, hashKeys(keys), now), state, maps.map((m) => m.mapId));
  app.log.info("workspace.created", { workspace: id, maps: maps.length });
  for (const m of maps) app.workspaces.projector.refresh(m.mapId);
  // Each new document's first version: later summaries say what changed since it was made (H2, H10).
  for (const m of [{ mapId: id, snapshot: state }, ...maps]) {
    await app.history.saveInitial(m.mapId, m.snapshot).catch((err: unknown) => app.log.warn("history.initial_failed", { map: m.mapId, message: (err as Error).message }));
  }
  return { id, keys, mapKeys };
}

/** Creates an empty workspace. */
export async function createWorkspace(app: AppContext, title: string): Promise<{ id: string; keys: MapKeys }> {
  return storeWorkspace(app, workspaceSnapshot(emptyWorkspace(title)), []);
}

/**
 * Creates map `journey` inside workspace `workspaceId` (WS5): the journey's teams, people and
 * OKRs are merged into the workspace document live (through its room), the map is stored with
 * its own part.
 */
export async function createMapIn(app: AppContext, workspaceId: string, journey: Journey, workspace: Workspace, createdOn?: string): Promise<{ id: string; keys: MapKeys }> {
  const id = newMapId();
  const keys = newKeys();
  const split = splitJourney(journey, workspace, id);
  if (split.workspaceCommands.length > 0) await submitCommands(app, workspaceId, split.workspaceCommands, "editor");
  const now = new Date().toISOString();
  await app.storage.workspaces.createMapIn(workspaceId, record(id, hashKeys(keys), now), mapPartSnapshot(split, createdOn));
  app.log.info("map.created", { map: id, workspace: workspaceId });
  app.workspaces.projector.refresh(id);
  return { id, keys };
}
