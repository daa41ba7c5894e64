/**
 * `npm run migrate -- --from sqlite --to postgres` (S24): copies every map, its key hashes,
 * its whole document, its versions and its activity log from one store into another, then
 * verifies each document by exporting it from both.
 * Idempotent: run it again (say, once more right before switching over) and it only adds what
 * changed. Settings as for `npm start`: `BATON_DATA_DIR` for SQLite and `BATON_DATABASE_URL`
 * for PostgreSQL, or `--data-dir` / `--database-url`. Exit code 0 when every map verified,
 * 1 when one did not, 2 on a usage error.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { createLogger } from "./log";
import { copyStore } from "./migrate/copyStore";
import { PostgresStorage } from "./storage/PostgresStorage";
import { SqliteStorage } from "./storage/SqliteStorage";
import type { Storage } from "./storage/Storage";

const log = createLogger();
const usage = "usage: npm run migrate -- --from sqlite|postgres --to sqlite|postgres [--data-dir DIR] [--database-url URL]";

try {
  const { values } = parseArgs({
    options: { from: { type: "string" }, to: { type: "string" }, "data-dir": { type: "string" }, "database-url": { type: "string" } },
  });
  const kinds = ["sqlite", "postgres"];
  if (!values.from || !values.to || !kinds.includes(values.from) || !kinds.includes(values.to) || values.from === values.to) {
    console.error(usage);
    process.exit(2);
  }
  const dataDir = resolve(values["data-dir"] ?? process.env.BATON_DATA_DIR ?? "data");
  const databaseUrl = values["database-url"] ?? process.env.BATON_DATABASE_URL;
  const open = async (kind: string): Promise<Storage> => {
    if (kind === "sqlite") return new SqliteStorage(dataDir);
    if (!databaseUrl) throw new Error(`PostgreSQL needs --database-url or BATON_DATABASE_URL\n${usage}`);
    return PostgresStorage.open(databaseUrl);
  };
  const from = await open(values.from);
  const to = await open(values.to);
  try {
    const report = await copyStore(from, to, log);
    log.info("migrate.done", { from: values.from, to: values.to, copied: report.copied, merged: report.merged, unchanged: report.unchanged, newer: report.newer.length, mismatched: report.mismatched.length, versions: report.versions, activity: report.activity, points: report.points });
    for (const id of report.mismatched) log.error("migrate.mismatch", { map: id });
    process.exitCode = report.mismatched.length === 0 ? 0 : 1;
  } finally {
    await from.close();
    await to.close();
  }
} catch (err) {
  log.error("migrate.failed", { name: (err as Error).name, message: (err as Error).message });
  process.exitCode = 2;
}
