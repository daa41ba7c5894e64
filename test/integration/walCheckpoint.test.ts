import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { MapRecord } from "../../server/storage/Storage";
import { DB_FILE, SqliteStorage } from "../../server/storage/SqliteStorage";
import { WalCheckpointError, WalCheckpointer } from "../../server/storage/WalCheckpointer";
import { rng, testSeed } from "../support/seed";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const freshDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), "baton-wal-"));
  dirs.push(d);
  return d;
};
const record = (id: string): MapRecord => ({
  id,
  keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) },
  createdAt: "2026-11-30T01:00:00.000Z",
  updatedAt: "2026-11-30T01:00:00.000Z",
});
const walBytes = (dir: string): number => statSync(join(dir, `${DB_FILE}-wal`)).size;

describe("checkpoints off the event loop (S63)", () => {
  it("[S63] 16 MB committed in 2,000 small transactions: the worker checkpoints, the log stays bounded, and everything reads back after a reopen", async () => {
    const dir = freshDir();
    const random = rng(testSeed(63));
    const storage = new SqliteStorage(dir);
    const docs = Array.from({ length: 20 }, () => new Y.Doc());
    for (let m = 0; m < docs.length; m++) await storage.createMap(record(`m${m}`), Y.encodeStateAsUpdate(docs[m] as Y.Doc));
    let largestWal = 0;
    const expected = new Map<string, string>();
    for (let i = 0; i < 2_000; i++) {
      // One commit per tick, 20 maps with one update each, like a busy server's CommitBatcher.
      const batch = docs.map((doc, m) => {
        const sv = Y.encodeStateVector(doc);
        const value = `${i}:${Math.floor(random() * 1e9)}`.padEnd(400, "x");
        doc.getMap("m").set(`k${i % 50}`, value);
        expected.set(`m${m}/k${i % 50}`, value);
        return { id: `m${m}`, updates: [Y.encodeStateAsUpdate(doc, sv)], at: "2026-11-30T01:00:00.000Z" };
      });
      await storage.appendMany(batch);
      if (i % 250 === 0) {
        await new Promise((r) => setTimeout(r, 300));
        largestWal = Math.max(largestWal, walBytes(dir));
      }
    }
    await storage.checkpointer.checkpoint();
    expect(storage.checkpointer.count).toBeGreaterThan(5);
    // Without checkpoints the log keeps every page of every commit (hundreds of MB here).
    expect(largestWal).toBeLessThan(64 * 1024 * 1024);
    await storage.close();

    const reopened = new SqliteStorage(dir);
    try {
      for (let m = 0; m < docs.length; m++) {
        const stored = await reopened.loadDoc(`m${m}`);
        const doc = new Y.Doc();
        if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const u of stored?.updates ?? []) Y.applyUpdate(doc, u);
        for (let k = 0; k < 50; k++) expect(doc.getMap("m").get(`k${k}`)).toBe(expected.get(`m${m}/k${k}`));
      }
    } finally {
      await reopened.close();
    }
  });

  it("[S63] a checkpoint worker that cannot run reports it once and stops: the storage then checkpoints inside commits again", async () => {
    const failures: Error[] = [];
    const checkpointer = new WalCheckpointer(join(freshDir(), "missing", DB_FILE), () => true, (err) => failures.push(err));
    expect(await checkpointer.checkpoint()).toBeNull();
    expect(await checkpointer.checkpoint()).toBeNull();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(WalCheckpointError);
    await checkpointer.close();
  });
});
