/**
 * `npm start`: reads the environment (api.md "Starting it"), opens the store, listens, and
 * stops cleanly on SIGTERM/SIGINT. Wiring only; everything else lives in `app.ts` and below.
 */
import { createApp } from "./app";
import { ConfigError, readConfig } from "./config";
import { createLogger } from "./log";
import { MemoryStorage } from "./storage/MemoryStorage";
import { PostgresStorage } from "./storage/PostgresStorage";
import { SqliteStorage } from "./storage/SqliteStorage";
import type { Storage } from "./storage/Storage";

const log = createLogger();
try {
  const config = readConfig();
  const storage: Storage =
    config.storage === "memory"
      ? new MemoryStorage()
      : config.storage === "postgres"
        ? await PostgresStorage.open(config.databaseUrl as string, {
            commitConnections: config.pgCommitConnections,
            onIdleError: (err) => log.warn("postgres.connection_lost", { message: err.message }),
          })
        : new SqliteStorage(config.dataDir, { sync: config.sqliteSync });
  const app = createApp(config, storage, log);
  // Signal handlers first: a test may send SIGTERM the moment it reads the listening line.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info("server.stopping", { signal });
    app.shutdown().then(
      () => {
        log.info("server.stopped", {});
        process.exit(0);
      },
      (err: unknown) => {
        log.error("server.stop_failed", { message: (err as Error).message });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  const port = await app.listen();
  log.info("server.listening", {
    pid: process.pid,
    host: config.host,
    port,
    url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
    publicUrl: app.context.publicUrl(),
    storage: config.storage,
    dataDir: config.storage === "sqlite" ? config.dataDir : null,
  });
} catch (err) {
  log.error("server.start_failed", { name: (err as Error).name, message: (err as Error).message });
  process.exit(err instanceof ConfigError ? 2 : 1);
}
