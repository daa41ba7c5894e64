import type * as Y from "yjs";
import { applyCommands, DIRECTORY_COMMANDS, type ApplyResult, type SkippedCommand } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import type { Origin } from "../../shared/commands/origin";
import type { KeyResult } from "../../shared/schema/okr";
import { directoryIds } from "../../shared/workspace/views";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";

/** The workspace document a map page writes its directory to (WS4, WS11). */
export interface WorkspaceTarget {
  readonly doc: Y.Doc;
  readonly mapId: string;
  /** The page's key may write the workspace document (the map's own workspace shares its keys). */
  readonly writable: boolean;
}

type WorkspaceKeyResult = Omit<KeyResult, "cardIds"> & { cards?: { mapId: string; cardId: string }[] };

/** A key result as the map's panels write it (`cardIds` of this map) in the workspace's shape (`cards`). */
function toWorkspaceKeyResult(kr: KeyResult, mapId: string, otherMaps: readonly { mapId: string; cardId: string }[] = []): WorkspaceKeyResult {
  const { cardIds, ...rest } = kr;
  const cards = [...otherMaps, ...(cardIds ?? []).map((cardId) => ({ mapId, cardId }))];
  return cards.length > 0 || cardIds !== undefined ? { ...rest, cards } : rest;
}

/** The command the workspace document takes for a directory or OKR command made on a map page. */
function toWorkspaceCommand(command: Command, target: WorkspaceTarget): Command {
  const { mapId } = target;
  switch (command.type) {
    case "addOkr":
      return { ...command, okr: { ...command.okr, keyResults: command.okr.keyResults.map((kr) => toWorkspaceKeyResult(kr, mapId)) } } as unknown as Command;
    case "addKeyResult":
      return { ...command, keyResult: toWorkspaceKeyResult(command.keyResult, mapId) } as unknown as Command;
    case "updateKeyResult": {
      if (!("cardIds" in command.patch)) return command;
      // Keep what the key result points at in other journeys; replace this journey's cards.
      const current = docToWorkspace(target.doc).workspace.okrs.find((o) => o.id === command.okrId)?.keyResults.find((k) => k.id === command.id);
      const others = (current?.cards ?? []).filter((c) => c.mapId !== mapId);
      const { cardIds, ...patch } = command.patch;
      const cards = [...others, ...(cardIds ?? []).map((cardId) => ({ mapId, cardId }))];
      return { ...command, patch: { ...patch, cards: cards.length > 0 ? cards : null } } as unknown as Command;
    }
    default:
      return command;
  }
}

/**
 * Applies a map page's batch when the map lives in a workspace (WS11): directory and OKR
 * commands go to the workspace document (refused with a reason when the page's key may not
 * write it), the rest to the map document with team and person references checked against the
 * workspace's directory. Skipped indexes are those of the original batch.
 */
export function dispatchInWorkspace(mapDoc: Y.Doc, target: WorkspaceTarget, commands: readonly Command[], origin: Origin): ApplyResult {
  const dirIndexes: number[] = [];
  const mapIndexes: number[] = [];
  commands.forEach((c, i) => (DIRECTORY_COMMANDS.has(c.type) ? dirIndexes : mapIndexes).push(i));
  let applied = 0;
  const skipped: SkippedCommand[] = [];
  if (dirIndexes.length > 0) {
    if (!target.writable) {
      for (const index of dirIndexes) skipped.push({ index, reason: "teams, people and OKRs live in the workspace: open it with a workspace link to change them" });
    } else {
      const r = applyCommands(target.doc, dirIndexes.map((i) => toWorkspaceCommand(commands[i] as Command, target)), origin);
      applied += r.applied;
      for (const s of r.skipped) skipped.push({ index: dirIndexes[s.index] as number, reason: s.reason });
    }
  }
  if (mapIndexes.length > 0) {
    const directory = directoryIds(docToWorkspace(target.doc).workspace);
    const r = applyCommands(mapDoc, mapIndexes.map((i) => commands[i] as Command), origin, { directory });
    applied += r.applied;
    for (const s of r.skipped) skipped.push({ index: mapIndexes[s.index] as number, reason: s.reason });
  }
  skipped.sort((a, b) => a.index - b.index);
  return { applied, skipped };
}
