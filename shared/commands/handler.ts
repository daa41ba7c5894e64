/**
 * The shape of a command handler and of the table that maps every `Command["type"]` to one.
 */
import type { ApplyContext } from "./applyContext";
import type { Command, CommandType } from "./command";

/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * Applies one command inside the batch's transaction. Returns why it was skipped, or nothing
 * when it was applied. A handler checks everything first and writes only when the whole
 * command is valid, so a skipped command leaves no trace.
 */
export type Handler<T extends CommandType> = (ctx: ApplyContext, command: CommandOf<T>) => string | undefined;

/** Handlers for the command types `T`: what each concern's module exports. */
export type HandlersFor<T extends CommandType> = { readonly [K in T]: Handler<K> };

/** One handler for every command type; the compiler refuses a table that misses one. */
export type HandlerTable = HandlersFor<CommandType>;
