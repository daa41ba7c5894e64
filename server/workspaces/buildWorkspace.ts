/**
 * First states of new workspace and map documents, pure (no storage, no sockets): the HTTP
 * routes and the heavy-work worker thread (S47) both build them.
 */
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Origin } from "../../shared/commands/origin";
import type { Journey } from "../../shared/schema/journey";
import { splitJourney, writeMapPart, type JourneySplit } from "../../shared/workspace/compose";
import type { Workspace } from "../../shared/workspace/schema";
import { docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";

/** An empty workspace titled `title`. */
export const emptyWorkspace = (title: string): Workspace => ({ title, teams: [], people: [], okrs: [], metrics: [], decisions: [] });

/**
 * The first state of a new map inside a workspace: the map's part of a split journey, and
 * `createdOn` as its creation day (D14) when given.
 */
export function mapPartSnapshot(split: Pick<JourneySplit, "map" | "lists">, createdOn?: string): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => writeMapPart(doc, split), "import" satisfies Origin);
    if (createdOn !== undefined) applyCommands(doc, [{ type: "setMapCreated", day: createdOn }], "import");
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
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
