import { resolve } from "node:path";

/** Everything the server reads from its environment (api.md "Starting it", A1-A4, plus additions). */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** `null` means `http://localhost:<actual port>`, known only once listening. */
  readonly publicUrl: string | null;
  /** Extra origins (scheme://host[:port], normalised) whose pages may open sockets and call the API. */
  readonly allowedOrigins: ReadonlySet<string>;
  /** Where the built page lives (`vite build` output). */
  readonly distDir: string;
  readonly storage: "sqlite" | "memory" | "postgres";
  /** PostgreSQL connection URL (`BATON_DATABASE_URL`), required with `storage: "postgres"`. */
  readonly databaseUrl: string | null;
  /** Redis URL (`BATON_REDIS_URL`): fan-out between instances; `null` runs one instance alone. */
  readonly redisUrl: string | null;
  readonly sqliteSync: "normal" | "full";
  /** PostgreSQL commit transactions one instance keeps in flight (`BATON_PG_COMMIT_CONNECTIONS`, S58). */
  readonly pgCommitConnections: number;
  readonly coalesceAwareness: boolean;
  /** New sockets one address may open per `connectWindowMs`. */
  readonly connectLimit: number;
  readonly connectWindowMs: number;
  readonly unloadDelayMs: number;
  /** A socket sent nothing for this long gets a keepalive (below the stock client's 30 s timeout). */
  readonly keepaliveMs: number;
  /** Sockets are pinged this often; one that has not answered the last ping is dropped (S5). */
  readonly pingMs: number;
  /** New maps (create or import) one address may make per minute (S42). */
  readonly createLimit: number;
  /** SVG exports one key may ask for per minute (S42). */
  readonly exportLimit: number;
  /** History: a burst of changes that stays quiet this long gets an automatic version (H2). */
  readonly historyQuietMs: number;
  /** History: while changes keep coming, an automatic version at least this often (H2). */
  readonly historyHourlyMs: number;
}

/** An environment setting that cannot be used; the message names it. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

function int(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

/** Normalises an origin the way browsers send it (`new URL(x).origin`); throws ConfigError. */
export function normaliseOrigin(raw: string, name = "BATON_ALLOWED_ORIGINS"): string {
  try {
    const origin = new URL(raw.trim()).origin;
    if (origin === "null") throw new Error("opaque origin");
    return origin;
  } catch {
    throw new ConfigError(`${name}: "${raw}" is not an origin like https://example.org`);
  }
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const storage = env.BATON_STORAGE ?? "sqlite";
  if (storage !== "sqlite" && storage !== "memory" && storage !== "postgres") {
    throw new ConfigError(`BATON_STORAGE must be sqlite, memory or postgres, not "${storage}"`);
  }
  const databaseUrl = env.BATON_DATABASE_URL && env.BATON_DATABASE_URL !== "" ? env.BATON_DATABASE_URL : null;
  if (storage === "postgres" && !databaseUrl) throw new ConfigError("BATON_STORAGE=postgres needs BATON_DATABASE_URL (postgres://user:password@host:5432/database)");
  const redisUrl = env.BATON_REDIS_URL && env.BATON_REDIS_URL !== "" ? env.BATON_REDIS_URL : null;
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError("BATON_REDIS_URL must start with redis:// or rediss://");
  const sqliteSync = env.BATON_SQLITE_SYNC ?? "normal";
  if (sqliteSync !== "normal" && sqliteSync !== "full") throw new ConfigError(`BATON_SQLITE_SYNC must be normal or full, not "${sqliteSync}"`);
  const publicUrl = env.BATON_PUBLIC_URL ? env.BATON_PUBLIC_URL.replace(/\/+$/, "") : null;
  if (publicUrl !== null) {
    try {
      new URL(publicUrl);
    } catch {
      throw new ConfigError(`BATON_PUBLIC_URL "${publicUrl}" is not a URL`);
    }
  }
  const origins = (env.BATON_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => normaliseOrigin(s));
  return {
    port: int(env, "PORT", 8080, 0, 65535),
    host: env.HOST && env.HOST !== "" ? env.HOST : "127.0.0.1",
    dataDir: resolve(env.BATON_DATA_DIR && env.BATON_DATA_DIR !== "" ? env.BATON_DATA_DIR : "data"),
    publicUrl,
    allowedOrigins: new Set(origins),
    distDir: resolve(env.BATON_DIST_DIR && env.BATON_DIST_DIR !== "" ? env.BATON_DIST_DIR : "dist"),
    storage,
    databaseUrl,
    redisUrl,
    sqliteSync,
    pgCommitConnections: int(env, "BATON_PG_COMMIT_CONNECTIONS", 1, 1, 32),
    coalesceAwareness: env.BATON_AWARENESS_COALESCE !== "0",
    connectLimit: int(env, "BATON_CONNECT_LIMIT", 120, 1, 1_000_000),
    connectWindowMs: int(env, "BATON_CONNECT_WINDOW_MS", 10_000, 100, 3_600_000),
    unloadDelayMs: int(env, "BATON_UNLOAD_DELAY_MS", 1000, 0, 3_600_000),
    keepaliveMs: int(env, "BATON_KEEPALIVE_MS", 10_000, 100, 25_000),
    pingMs: int(env, "BATON_PING_MS", 5000, 100, 60_000),
    createLimit: int(env, "BATON_CREATE_LIMIT", 60, 1, 1_000_000),
    exportLimit: int(env, "BATON_EXPORT_LIMIT", 30, 1, 1_000_000),
    historyQuietMs: int(env, "BATON_HISTORY_QUIET_MS", 600_000, 10, 86_400_000),
    historyHourlyMs: int(env, "BATON_HISTORY_HOURLY_MS", 3_600_000, 10, 86_400_000),
  };
}
