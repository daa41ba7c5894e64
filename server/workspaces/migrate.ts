/**
 * The move of maps made before workspaces (WA5): at start, before the server listens, every
 * map that belongs to no workspace gets a workspace of its own holding its teams, people and
 * OKRs. Once per map, idempotent and restart-safe: a map's move is ONE storage transaction
 * (the workspace document, its record and the membership), and the to-do list is "maps
 * without a workspace", so a crash leaves each map either moved or not, and the next start
 * finishes the rest. The map's document is not rewritten, so every old link, key and export
 * keeps working; its own teams, people and OKRs stay in it unread (the workspace's win, WS4).
 * The workspace's keys are the map's keys (same hashes): whoever holds the map's link reaches
 * its workspace at the same role.
 */
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import { splitJourney } from "../../shared/workspace/compose";
import { docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import { newMapId } from "../keys";
import type { AppContext } from "../http/Route";
import { docFromStored } from "../sync/Rooms";
import { emptyWorkspace } from "./createDocs";

/**
 * Moves every map without a workspace into one of its own; returns how many moved. Runs under
 * the store's start-up lock (WA16): instances starting together on one PostgreSQL database
 * move each map once, one after another reading what is left.
 */
export function moveMapsIntoWorkspaces(app: Pick<AppContext, "storage" | "log" | "workspaces">): Promise<number> {
  return app.storage.workspaces.exclusive(() => moveNow(app));
}

async function moveNow(app: Pick<AppContext, "storage" | "log" | "workspaces">): Promise<number> {
  const todo = await app.storage.workspaces.mapsWithoutWorkspace();
  let moved = 0;
  for (const mapId of todo) {
    const record = await app.storage.getMap(mapId);
    const stored = await app.storage.loadDoc(mapId);
    if (!record || !stored) continue; // deleted meanwhile
    const doc = docFromStored(stored, app.log, mapId);
    let state: Uint8Array;
    try {
      const journey = docToJourney(doc).journey;
      const ws = workspaceToDoc(emptyWorkspace(journey.title));
      applyCommands(ws, splitJourney(journey, docToWorkspace(ws).workspace, mapId).workspaceCommands, "import");
      state = Y.encodeStateAsUpdate(ws);
      ws.destroy();
    } finally {
      doc.destroy();
    }
    const id = newMapId();
    await app.storage.workspaces.createWorkspace({ id, keyHashes: record.keyHashes, createdAt: record.createdAt, updatedAt: new Date().toISOString() }, state, [mapId]);
    app.workspaces.projector.refresh(mapId);
    moved++;
  }
  if (moved > 0) app.log.info("workspace.migrated", { maps: moved });
  return moved;
}
