import type { Command } from "./command";

/**
 * The commands a participant may run (API-RULES.md P2): a dot on or off a card in a voting
 * round, a new comment or reply, and resolving or reopening a comment. Nothing else: no card,
 * link, stage, lane, title or ownership change, no editing or deleting a comment, no running a
 * round or the timer. The page asks this before it dispatches; the server before it applies.
 */
export const PARTICIPANT_COMMANDS = ["addDot", "removeDot", "addComment", "updateComment"] as const;

/** `true` when a participant may run `command` (P2): `updateComment` only with `{resolved}`. */
export function isParticipantCommand(command: unknown): boolean {
  if (typeof command !== "object" || command === null) return false;
  const c = command as { type?: unknown; patch?: unknown };
  if (!(PARTICIPANT_COMMANDS as readonly unknown[]).includes(c.type)) return false;
  if (c.type !== "updateComment") return true;
  const patch = c.patch;
  return typeof patch === "object" && patch !== null && Object.keys(patch).length === 1 && "resolved" in patch;
}

/** `true` when every command of `commands` is a participant's (and there is at least one). */
export function allParticipantCommands(commands: readonly Command[] | readonly unknown[]): boolean {
  return commands.length > 0 && commands.every(isParticipantCommand);
}
