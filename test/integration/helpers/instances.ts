import * as Y from "yjs";
import { PostgresStorage } from "../../../server/storage/PostgresStorage";
import { startPostgres, type TestPostgres } from "../../support/postgres";
import { startRedis, type TestRedis } from "../../support/redis";
import { startServer, type RunningServer } from "../../support/server";

/** Several Baton instances on one throwaway PostgreSQL and one throwaway Redis (api.md "Running several instances"). */
export interface Cluster {
  readonly pg: TestPostgres;
  readonly redis: TestRedis;
  readonly databaseUrl: string;
  readonly instances: RunningServer[];
  /** The map's document exactly as PostgreSQL holds it. */
  stored(id: string): Promise<Y.Doc>;
  stop(): Promise<void>;
}

let clusters = 0;

/** Starts PostgreSQL, Redis and `n` instances as child processes (in parallel). */
export async function startCluster(n: number, env: Record<string, string> = {}): Promise<Cluster> {
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const databaseUrl = await pg.createDatabase(`baton${++clusters}`);
  // The first instance migrates the schema; the others find it done.
  const first = await startServer({ env: { BATON_STORAGE: "postgres", BATON_DATABASE_URL: databaseUrl, BATON_REDIS_URL: redis.url, ...env } });
  const rest = await Promise.all(
    Array.from({ length: n - 1 }, () => startServer({ env: { BATON_STORAGE: "postgres", BATON_DATABASE_URL: databaseUrl, BATON_REDIS_URL: redis.url, ...env } })),
  );
  const instances = [first, ...rest];
  const reader = await PostgresStorage.open(databaseUrl);
  return {
    pg,
    redis,
    databaseUrl,
    instances,
    async stored(id) {
      const s = await reader.loadDoc(id);
      const doc = new Y.Doc();
      if (s) for (const u of s.snapshot ? [s.snapshot, ...s.updates] : s.updates) Y.applyUpdate(doc, u);
      return doc;
    },
    async stop() {
      await reader.close();
      await Promise.allSettled(instances.map((i) => i.stop()));
      await Promise.allSettled([redis.stop(), pg.stop()]);
    },
  };
}
