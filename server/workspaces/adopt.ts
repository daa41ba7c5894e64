import { splitJourney, writeMapPart } from "../../shared/workspace/compose";
import type { AppContext } from "../http/Route";
import { HttpError } from "../http/HttpError";
import { readMapJourney, readWorkspace, submitChange, submitCommands } from "./workspaceContent";

/**
 * Moves map `mapId` from workspace `fromId` (or none) into `toId` (WA6): its self-contained
 * journey (read with its old workspace) is split against the new workspace, whose directory
 * gains what it lacks (teams and people by id, then by exact name) and its objectives; the
 * map's document is rewritten with the renamed references; then its membership moves. The old
 * workspace stays (its directory is shared with nobody now, but nothing is deleted).
 */
export async function adoptMap(app: AppContext, mapId: string, fromId: string | null, toId: string): Promise<void> {
  const journey = await readMapJourney(app, mapId);
  const target = await readWorkspace(app, toId);
  if (!journey || !target) throw new HttpError(404, "There is no such map or workspace.");
  const split = splitJourney(journey, target, mapId);
  if (split.workspaceCommands.length > 0) await submitCommands(app, toId, split.workspaceCommands, "owner");
  await submitChange(app, mapId, (doc) => doc.transact(() => writeMapPart(doc, split), "server"), "owner");
  if (!(await app.storage.workspaces.moveMap(mapId, toId))) throw new HttpError(404, "There is no such map or workspace.");
  app.log.info("workspace.adopted", { map: mapId, from: fromId, to: toId });
  app.workspaces.projector.refresh(mapId);
}
