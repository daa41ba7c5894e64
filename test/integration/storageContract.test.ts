import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { SqliteStorage } from "../../server/storage/SqliteStorage";
import { storageContractSuite } from "./contracts/storageContract";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

storageContractSuite("memory", async () => new MemoryStorage());

const dirOf = new WeakMap<object, string>();
storageContractSuite(
  "sqlite",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "baton-contract-"));
    dirs.push(dir);
    const s = new SqliteStorage(dir);
    dirOf.set(s, dir);
    return s;
  },
  async (s) => {
    await s.close();
    return new SqliteStorage(dirOf.get(s) as string);
  },
);
