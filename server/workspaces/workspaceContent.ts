/**
 * Reading and writing workspace and map documents for the HTTP API: composed map reads (a map
 * inside a workspace reads its workspace's directory, WS5), scratch-copy updates that go
 * through the room's commit path like a socket's, and first states of new documents.
 */
import * as Y from "yjs";
import { applyCommands, type ApplyOptions, type ApplyResult } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";
import { composeJourney, readMapInWorkspace } from "../../shared/workspace/compose";
import type { Workspace } from "../../shared/workspace/schema";
import { directoryIds } from "../../shared/workspace/views";
import { docToDirectory, docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import type { Author } from "../sync/commitHook";
import type { Role } from "../sync/RoomSocket";
import { withDoc } from "../sync/withDoc";
import type { AppContext } from "../http/Route";
import { scratchUpdate } from "./scratchUpdate";

export { mapPartSnapshot } from "./buildWorkspace";
export { scratchUpdate } from "./scratchUpdate";

type App = Pick<AppContext, "rooms" | "storage" | "log">;

/** The workspace a document holds, or null when there is no such document. */
export function readWorkspace(app: App, id: string): Promise<Workspace | null> {
  return withDoc(app, id, (doc) => docToWorkspace(doc).workspace);
}

/** The directory of a workspace (teams, people), or null when there is no such document: what the cross-journey views need, without reading the metrics' points. */
export function readWorkspaceDirectory(app: App, id: string): Promise<Pick<Workspace, "teams" | "people"> | null> {
  return withDoc(app, id, (doc) => docToDirectory(doc));
}

/** The first state of a new workspace document. */
export function workspaceSnapshot(workspace: Workspace): Uint8Array {
  const doc = workspaceToDoc(workspace);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** How a map is read: with its workspace (the directory and whether it is the only journey), or alone. */
export interface MapContext {
  readonly workspaceId: string | null;
  readonly workspace: Workspace | null;
  readonly only: boolean;
}

/** The workspace context of map `mapId`. */
export async function mapContext(app: App, mapId: string): Promise<MapContext> {
  const kind = await app.storage.workspaces.kindOf(mapId);
  if (kind.kind !== "map" || kind.workspaceId === null) return { workspaceId: null, workspace: null, only: true };
  const workspace = await readWorkspace(app, kind.workspaceId);
  const only = (await app.storage.workspaces.mapsOf(kind.workspaceId)).length <= 1;
  return { workspaceId: kind.workspaceId, workspace, only };
}

/** The map's journey file, composed with its workspace (WS5); null when the map does not exist. */
export async function readMapJourney(app: App, mapId: string): Promise<Journey | null> {
  const ctx = await mapContext(app, mapId);
  return withDoc(app, mapId, (doc) => (ctx.workspace ? composeJourney(doc, ctx.workspace, mapId, ctx.only).journey : docToJourney(doc).journey));
}

/** The map's journey with every team and person of its workspace (the views' reading). */
export function readFullJourney(doc: Y.Doc, mapId: string, workspace: Workspace | null): Journey {
  return workspace ? readMapInWorkspace(doc, workspace, mapId).journey : docToJourney(doc).journey;
}

/** The room of `docId` could not be opened or could not store the change. */
export class DocWriteError extends Error {
  override readonly name = "DocWriteError";
  constructor(readonly status: 404 | 503, message: string) {
    super(message);
  }
}

/**
 * Applies `commands` to document `docId` live, in one transaction through its room (stored
 * before any client sees it, like PUT). `options` carries a map's workspace directory.
 */
export async function submitCommands(app: App, docId: string, commands: readonly Command[], role: Role | "server", options: ApplyOptions = {}): Promise<ApplyResult> {
  return submitChange(app, docId, (doc) => applyCommands(doc, commands, "server", options), role);
}

/**
 * Runs `change` on a scratch copy of `docId` and commits the difference through its room.
 * `beforeCommit` (when given) runs between the two with the change's result: what it stores
 * elsewhere is stored before the document changes, and when it rejects nothing is committed.
 */
export async function submitChange<T>(app: App, docId: string, change: (doc: Y.Doc) => T, role: Role | "server", beforeCommit?: (result: T) => Promise<void>): Promise<T> {
  const room = await app.rooms.acquire(docId);
  if (!room) throw new DocWriteError(404, "There is no such document.");
  try {
    const { update, result } = scratchUpdate(room.doc, change);
    if (beforeCommit) await beforeCommit(result);
    if (update) {
      const author: Author = { role };
      await room.submit(update, author).catch(() => {
        throw new DocWriteError(503, "The change could not be stored; nothing was changed.");
      });
    }
    return result;
  } finally {
    app.rooms.release(room);
  }
}

/** The directory ids a map inside `workspace` checks its commands against. */
export function applyDirectory(workspace: Workspace | null): ApplyOptions {
  return workspace ? { directory: directoryIds(workspace) } : {};
}
