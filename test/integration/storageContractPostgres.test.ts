/**
 * The one storage contract suite (S9, S19, S20) against PostgreSQL, on a throwaway cluster.
 */
import { afterAll, beforeAll } from "vitest";
import { PostgresStorage } from "../../server/storage/PostgresStorage";
import type { Storage } from "../../server/storage/Storage";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { storageContractSuite } from "./contracts/storageContract";

let cluster: TestPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

let n = 0;
const urlOf = new WeakMap<Storage, string>();
storageContractSuite(
  "postgres",
  async () => {
    const url = await cluster.createDatabase(`contract${++n}`);
    const s = await PostgresStorage.open(url);
    urlOf.set(s, url);
    return s;
  },
  async (s) => {
    await s.close();
    return PostgresStorage.open(urlOf.get(s) as string);
  },
);
