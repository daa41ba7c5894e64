/**
 * The only code that writes a map's document (engineering.md, habit 6): a batch of commands
 * becomes one Yjs transaction tagged with its origin, so one undo step (the page's UndoManager
 * tracks `local`) reverts the whole batch, cascades included.
 */
import type * as Y from "yjs";
import { createApplyContext, type ApplyContext, type ApplyDirectory } from "./applyContext";
import type { Command } from "./command";
import type { Handler } from "./handler";
import { HANDLERS } from "./handlerTable";
import type { Origin } from "./origin";

/** A command that was not applied: its position in the batch and why. */
export interface SkippedCommand {
  readonly index: number;
  readonly reason: string;
}

/** How a batch is applied: `directory` for a map inside a workspace (its teams and people live there, WS4). */
export interface ApplyOptions {
  readonly directory?: ApplyDirectory;
}

/** What a batch did: how many commands were applied, and which were skipped. */
export interface ApplyResult {
  applied: number;
  skipped: SkippedCommand[];
}

/** Commands that write the directory or OKRs: a map inside a workspace refuses them (WS4). */
export const DIRECTORY_COMMANDS: ReadonlySet<string> = new Set([
  "addTeam", "updateTeam", "deleteTeam", "addPerson", "updatePerson", "deletePerson",
  "addOkr", "updateOkr", "deleteOkr", "addKeyResult", "updateKeyResult", "deleteKeyResult",
]);

function applyOne(ctx: ApplyContext, command: unknown): string | undefined {
  if (typeof command !== "object" || command === null) return "not a command";
  const type = (command as { type?: unknown }).type;
  if (typeof type !== "string" || !Object.hasOwn(HANDLERS, type)) return `unknown command type "${String(type)}"`;
  if (ctx.directory && DIRECTORY_COMMANDS.has(type)) return `${type}: teams, people and OKRs of a map inside a workspace live in the workspace document`;
  const handler = HANDLERS[type as keyof typeof HANDLERS] as Handler<Command["type"]>;
  try {
    return handler(ctx, command as Command);
  } catch (error) {
    // Handlers check before they write, so this is a bug or a corrupt document; the batch goes on.
    return `failed (${error instanceof Error ? error.name : "error"})`;
  }
}

/**
 * Applies `commands` in order, in one transaction with `origin`. Never throws: a command that
 * names a missing entity, carries a value that fails its schema or a reference that does not
 * resolve is skipped (and leaves nothing behind) and reported with its index; later commands
 * see the effects of earlier ones. With `options.directory` (a map inside a workspace) team and
 * person references resolve against the workspace's directory, and directory and OKR commands
 * are refused (they belong to the workspace document).
 */
export function applyCommands(doc: Y.Doc, commands: readonly Command[], origin: Origin, options: ApplyOptions = {}): ApplyResult {
  const result: ApplyResult = { applied: 0, skipped: [] };
  if (commands.length === 0) return result;
  doc.transact(() => {
    const ctx = createApplyContext(doc, options.directory);
    commands.forEach((command, index) => {
      const reason = applyOne(ctx, command);
      if (reason === undefined) result.applied++;
      else result.skipped.push({ index, reason });
    });
  }, origin);
  return result;
}
