import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "../../server/log";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { SharedDocReads } from "../../server/sync/SharedDocReads";

const at = "2026-01-01T00:00:00.000Z";

/** A store holding document `id` whose map "m" has `title`; returns a writer of later updates. */
async function storeWith(id: string, title: string): Promise<{ storage: MemoryStorage; write: (title: string) => Promise<void> }> {
  const storage = new MemoryStorage();
  const doc = new Y.Doc();
  doc.getMap("m").set("title", title);
  await storage.createMap({ id, keyHashes: { owner: "o", editor: "e", viewer: "v" }, createdAt: at, updatedAt: at }, Y.encodeStateAsUpdate(doc));
  const write = async (next: string) => {
    const before = Y.encodeStateVector(doc);
    doc.getMap("m").set("title", next);
    await storage.appendUpdates(id, [Y.encodeStateAsUpdate(doc, before)], at);
  };
  return { storage, write };
}

const title = (doc: Y.Doc) => doc.getMap("m").get("title");

describe("shared reads of stored documents (server/API-RULES.md WA21)", () => {
  it("[WA21] reads of one document at one stored sequence build it once, in flight or held, and each reads it", async () => {
    const { storage } = await storeWith("w1", "Retail");
    const reads = new SharedDocReads(storage, silentLogger);
    const together = await Promise.all([reads.read("w1", title), reads.read("w1", title), reads.read("w1", (d) => d.getMap("m").size)]);
    expect(together).toEqual(["Retail", "Retail", 1]);
    expect(await reads.read("w1", title)).toBe("Retail");
    expect(reads.builds).toBe(1);
    reads.clear();
  });

  it("[WA21] a read after a stored change reads the change: a new sequence builds anew", async () => {
    const { storage, write } = await storeWith("w1", "Retail");
    const reads = new SharedDocReads(storage, silentLogger);
    expect(await reads.read("w1", title)).toBe("Retail");
    await write("Retail banking");
    expect(await reads.read("w1", title)).toBe("Retail banking");
    expect(reads.builds).toBe(2);
    // A change stored while a read is being built: the next read sees it.
    const first = reads.read("w1", title);
    await write("Banking");
    expect(await first).toMatch(/Retail banking|Banking/);
    expect(await reads.read("w1", title)).toBe("Banking");
    reads.clear();
  });

  it("[WA21] a document the store does not hold reads as null and builds nothing", async () => {
    const { storage } = await storeWith("w1", "Retail");
    const reads = new SharedDocReads(storage, silentLogger);
    expect(await reads.read("nope", title)).toBeNull();
    expect(reads.builds).toBe(0);
    expect(reads.size).toBe(0);
  });

  it("[WA21] a held document is dropped (and destroyed) once it was not read for the hold time", async () => {
    const { storage } = await storeWith("w1", "Retail");
    const reads = new SharedDocReads(storage, silentLogger, 20);
    let held: Y.Doc | null = null;
    await reads.read("w1", (d) => (held = d));
    expect(reads.size).toBe(1);
    await new Promise<void>((resolve) => {
      const check = () => (reads.size === 0 ? resolve() : setTimeout(check, 10));
      check();
    });
    await Promise.resolve();
    expect((held as Y.Doc | null)?.isDestroyed).toBe(true);
    expect(await reads.read("w1", title)).toBe("Retail");
    expect(reads.builds).toBe(2);
    reads.clear();
  });

  it("[WA21] a read that throws does not break the reads beside it", async () => {
    const { storage } = await storeWith("w1", "Retail");
    const reads = new SharedDocReads(storage, silentLogger);
    const failing = reads.read("w1", () => {
      throw new Error("reader failed");
    });
    const fine = reads.read("w1", title);
    await expect(failing).rejects.toThrow("reader failed");
    expect(await fine).toBe("Retail");
    expect(reads.builds).toBe(1);
    reads.clear();
  });
});
