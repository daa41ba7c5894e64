/**
 * One structured JSON line per event on stdout (errors on stderr): `{"t", "level", "event", ...}`.
 * Callers pass fields, never a key, a key hash or a query string: a sync URL carries its key in
 * `?k=`, so request paths are logged without their query (API-RULES.md, A8).
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Writes JSON lines; `write` is injectable for tests. */
export function createLogger(
  write: (line: string, level: "info" | "warn" | "error") => void = (line, level) => {
    (level === "error" ? process.stderr : process.stdout).write(line + "\n");
  },
): Logger {
  const emit = (level: "info" | "warn" | "error", event: string, fields: LogFields = {}): void => {
    write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }), level);
  };
  return {
    info: (event, fields) => emit("info", event, fields),
    warn: (event, fields) => emit("warn", event, fields),
    error: (event, fields) => emit("error", event, fields),
  };
}

/** A logger that drops everything (unit tests that do not look at logs). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
