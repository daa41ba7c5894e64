import { feedKeyContractCases } from "./feedKeyContract";
import { metricPointContractCases } from "./metricPointContract";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { MapRecord, Storage } from "../../../server/storage/Storage";
import { workspaceStoreContract } from "./workspaceStoreContract";
import { historyContractCases } from "./historyContract";

/**
 * The one contract every storage adapter passes (engineering.md habit 9). `make` returns a
 * fresh, empty store; `reopen` (when the backend persists) closes it and opens the same data.
 */
export function storageContractSuite(name: string, make: () => Promise<Storage>, reopen?: (s: Storage) => Promise<Storage>): void {
  const record = (id: string): MapRecord => ({
    id,
    keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) },
    createdAt: "2026-11-21T06:00:00.000Z",
    updatedAt: "2026-11-21T06:00:00.000Z",
  });
  const update = (key: string, value: number, doc = new Y.Doc()): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    doc.getMap("m").set(key, value);
    return Y.encodeStateAsUpdate(doc, before);
  };
  const rebuild = (stored: { snapshot: Uint8Array | null; updates: readonly Uint8Array[] }): Record<string, unknown> => {
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    return doc.getMap("m").toJSON();
  };

  describe(`storage contract: ${name}`, () => {
    it("[S9] a created map has its record and its first state; an unknown map is null", async () => {
      const s = await make();
      await s.createMap(record("m1"), update("a", 1));
      expect(await s.getMap("m1")).toEqual(record("m1"));
      const stored = await s.loadDoc("m1");
      expect(stored && rebuild(stored)).toEqual({ a: 1 });
      expect(stored?.updates).toHaveLength(0);
      expect(await s.getMap("nope")).toBeNull();
      expect(await s.loadDoc("nope")).toBeNull();
      expect(await s.countMaps()).toBe(1);
      await s.close();
    });

    it("[S9] creating an existing id is refused and changes nothing", async () => {
      const s = await make();
      await s.createMap(record("m1"), update("a", 1));
      await expect(s.createMap(record("m1"), update("b", 2))).rejects.toThrow();
      const stored = await s.loadDoc("m1");
      expect(stored && rebuild(stored)).toEqual({ a: 1 });
      await s.close();
    });

    it("[S3] appended updates come back in order with growing sequence numbers and set updatedAt", async () => {
      const s = await make();
      const doc = new Y.Doc();
      await s.createMap(record("m1"), new Uint8Array(Y.encodeStateAsUpdate(new Y.Doc())));
      const r1 = await s.appendUpdates("m1", [update("a", 1, doc), update("b", 2, doc)], "2026-11-21T07:00:00.000Z");
      const r2 = await s.appendUpdates("m1", [update("a", 3, doc)], "2026-11-21T07:00:01.000Z");
      expect(r2.lastSeq).toBeGreaterThan(r1.lastSeq);
      expect(r2.logCount).toBe(3);
      const stored = await s.loadDoc("m1");
      expect(stored?.updates).toHaveLength(3);
      expect(stored?.lastSeq).toBe(r2.lastSeq);
      expect(stored?.logBytes).toBe(r2.logBytes);
      expect(stored && rebuild(stored)).toEqual({ a: 3, b: 2 });
      expect((await s.getMap("m1"))?.updatedAt).toBe("2026-11-21T07:00:01.000Z");
      await s.close();
    });

    it("[S10] appending to a missing map rejects and stores nothing", async () => {
      const s = await make();
      await expect(s.appendUpdates("ghost", [update("a", 1)], "2026-11-21T07:00:00.000Z")).rejects.toThrow();
      expect(await s.loadDoc("ghost")).toBeNull();
      await s.close();
    });

    it("[S3] appendMany stores the updates of several maps in one call, each map's in order", async () => {
      const s = await make();
      const d1 = new Y.Doc();
      const d2 = new Y.Doc();
      await s.createMap(record("m1"), Y.encodeStateAsUpdate(d1));
      await s.createMap(record("m2"), Y.encodeStateAsUpdate(d2));
      const [r1, r2, r3] = await s.appendMany([
        { id: "m1", updates: [update("a", 1, d1), update("b", 2, d1)], at: "2026-11-21T07:00:00.000Z" },
        { id: "m2", updates: [update("x", 9, d2)], at: "2026-11-21T07:00:01.000Z" },
        { id: "m1", updates: [update("a", 3, d1)], at: "2026-11-21T07:00:02.000Z" },
      ]);
      expect(r1?.logCount).toBe(2);
      expect(r2?.logCount).toBe(1);
      expect(r3?.logCount).toBe(3);
      expect(r3?.lastSeq).toBeGreaterThan(r1?.lastSeq ?? Infinity);
      const m1 = await s.loadDoc("m1");
      const m2 = await s.loadDoc("m2");
      expect(m1?.lastSeq).toBe(r3?.lastSeq);
      expect(m1?.logBytes).toBe(r3?.logBytes);
      expect(m2?.lastSeq).toBe(r2?.lastSeq);
      expect(m1 && rebuild(m1)).toEqual({ a: 3, b: 2 });
      expect(m2 && rebuild(m2)).toEqual({ x: 9 });
      expect((await s.getMap("m1"))?.updatedAt).toBe("2026-11-21T07:00:02.000Z");
      expect((await s.getMap("m2"))?.updatedAt).toBe("2026-11-21T07:00:01.000Z");
      await s.close();
    });

    it("[S10] appendMany is all or nothing: one missing map stores nothing for any map", async () => {
      const s = await make();
      const d1 = new Y.Doc();
      await s.createMap(record("m1"), Y.encodeStateAsUpdate(d1));
      await expect(
        s.appendMany([
          { id: "m1", updates: [update("a", 1, d1)], at: "2026-11-21T07:00:00.000Z" },
          { id: "ghost", updates: [update("b", 2)], at: "2026-11-21T07:00:00.000Z" },
        ]),
      ).rejects.toThrow();
      const m1 = await s.loadDoc("m1");
      expect(m1?.updates).toHaveLength(0);
      expect(m1?.lastSeq).toBe(0);
      expect((await s.getMap("m1"))?.updatedAt).toBe("2026-11-21T06:00:00.000Z");
      expect(await s.loadDoc("ghost")).toBeNull();
      const r = await s.appendUpdates("m1", [update("c", 3, d1)], "2026-11-21T07:00:01.000Z");
      expect(r.logCount).toBe(1);
      await s.close();
    });

    it("[S9] compaction replaces the logged prefix by the snapshot and keeps later updates", async () => {
      const s = await make();
      const doc = new Y.Doc();
      await s.createMap(record("m1"), Y.encodeStateAsUpdate(doc));
      const r1 = await s.appendUpdates("m1", [update("a", 1, doc), update("b", 2, doc)], "2026-11-21T07:00:00.000Z");
      const snapshot = Y.encodeStateAsUpdate(doc);
      const r2 = await s.appendUpdates("m1", [update("c", 3, doc)], "2026-11-21T07:00:01.000Z");
      await s.compact("m1", snapshot, r1.lastSeq);
      const stored = await s.loadDoc("m1");
      expect(stored?.updates).toHaveLength(1);
      expect(stored?.lastSeq).toBe(r2.lastSeq);
      expect(stored && rebuild(stored)).toEqual({ a: 1, b: 2, c: 3 });
      const r3 = await s.appendUpdates("m1", [update("d", 4, doc)], "2026-11-21T07:00:02.000Z");
      expect(r3.logCount).toBe(2);
      await s.close();
    });

    it("[S19] a map's updates are numbered 1, 2, 3... without gaps, per map, and lastSeq survives compaction", async () => {
      const s = await make();
      const d1 = new Y.Doc();
      const d2 = new Y.Doc();
      await s.createMap(record("m1"), Y.encodeStateAsUpdate(d1));
      await s.createMap(record("m2"), Y.encodeStateAsUpdate(d2));
      const [a, b] = await s.appendMany([
        { id: "m1", updates: [update("a", 1, d1), update("b", 2, d1)], at: "2026-11-21T07:00:00.000Z" },
        { id: "m2", updates: [update("x", 1, d2)], at: "2026-11-21T07:00:00.000Z" },
      ]);
      expect([a?.lastSeq, b?.lastSeq]).toEqual([2, 1]);
      const c = await s.appendUpdates("m1", [update("c", 3, d1)], "2026-11-21T07:00:01.000Z");
      expect(c.lastSeq).toBe(3);
      await s.compact("m1", Y.encodeStateAsUpdate(d1), 3);
      expect((await s.loadDoc("m1"))?.lastSeq).toBe(3);
      expect((await s.appendUpdates("m1", [update("d", 4, d1)], "2026-11-21T07:00:02.000Z")).lastSeq).toBe(4);
      await s.close();
    });

    it("[S19] loadUpdatesAfter gives the updates after a number, with the snapshot once compaction passed it", async () => {
      const s = await make();
      const doc = new Y.Doc();
      await s.createMap(record("m1"), Y.encodeStateAsUpdate(doc));
      await s.appendUpdates("m1", [update("a", 1, doc), update("b", 2, doc)], "2026-11-21T07:00:00.000Z");
      const behind = new Y.Doc();
      const since = await s.loadUpdatesAfter("m1", 1);
      expect(since?.snapshot).toBeNull();
      expect(since?.updates).toHaveLength(1);
      expect(since?.lastSeq).toBe(2);
      await s.compact("m1", Y.encodeStateAsUpdate(doc), 2);
      await s.appendUpdates("m1", [update("c", 3, doc)], "2026-11-21T07:00:01.000Z");
      const after = await s.loadUpdatesAfter("m1", 1);
      expect(after?.snapshot).not.toBeNull();
      expect(after?.updates).toHaveLength(1);
      expect(after?.lastSeq).toBe(3);
      if (after) for (const u of [after.snapshot as Uint8Array, ...after.updates]) Y.applyUpdate(behind, u);
      expect(behind.getMap("m").toJSON()).toEqual({ a: 1, b: 2, c: 3 });
      expect((await s.loadUpdatesAfter("m1", 3))?.updates).toHaveLength(0);
      expect(await s.loadUpdatesAfter("ghost", 0)).toBeNull();
      expect(await s.lastSeqs(["m1", "ghost"])).toEqual(new Map([["m1", 3]]));
      await s.close();
    });

    it("[S20] an older snapshot never replaces a newer one; compaction keeps rows appended after its number", async () => {
      const s = await make();
      const doc = new Y.Doc();
      await s.createMap(record("m1"), Y.encodeStateAsUpdate(doc));
      await s.appendUpdates("m1", [update("a", 1, doc)], "2026-11-21T07:00:00.000Z");
      const older = Y.encodeStateAsUpdate(doc);
      await s.appendUpdates("m1", [update("b", 2, doc)], "2026-11-21T07:00:01.000Z");
      const newer = Y.encodeStateAsUpdate(doc);
      await s.appendUpdates("m1", [update("c", 3, doc)], "2026-11-21T07:00:02.000Z");
      await Promise.all([s.compact("m1", newer, 2), s.appendUpdates("m1", [update("d", 4, doc)], "2026-11-21T07:00:03.000Z")]);
      await s.compact("m1", older, 1);
      const stored = await s.loadDoc("m1");
      expect(stored?.updates).toHaveLength(2);
      expect(stored?.lastSeq).toBe(4);
      expect(stored && rebuild(stored)).toEqual({ a: 1, b: 2, c: 3, d: 4 });
      await s.close();
    });

    it("[A22] replacing key hashes changes the record only", async () => {
      const s = await make();
      await s.createMap(record("m1"), update("a", 1));
      const next = { owner: "d".repeat(64), editor: "e".repeat(64), viewer: "f".repeat(64) };
      expect(await s.replaceKeys("m1", next)).toBe(true);
      expect((await s.getMap("m1"))?.keyHashes).toEqual(next);
      expect(await s.replaceKeys("nope", next)).toBe(false);
      await s.close();
    });

    it("[A23] deleting a map removes its record, snapshot and log; other maps stay", async () => {
      const s = await make();
      await s.createMap(record("m1"), update("a", 1));
      await s.createMap(record("m2"), update("b", 2));
      await s.appendUpdates("m1", [update("x", 9)], "2026-11-21T07:00:00.000Z");
      expect(await s.deleteMap("m1")).toBe(true);
      expect(await s.deleteMap("m1")).toBe(false);
      expect(await s.getMap("m1")).toBeNull();
      expect(await s.loadDoc("m1")).toBeNull();
      expect(await s.countMaps()).toBe(1);
      expect(await s.mapIds()).toEqual(["m2"]);
      const m2 = await s.loadDoc("m2");
      expect(m2 && rebuild(m2)).toEqual({ b: 2 });
      await s.close();
    });

    it("[S9] returned bytes are copies: changing them does not change the store", async () => {
      const s = await make();
      const u = update("a", 1);
      await s.createMap(record("m1"), u);
      u.fill(0);
      const first = await s.loadDoc("m1");
      first?.snapshot?.fill(0);
      const again = await s.loadDoc("m1");
      expect(again && rebuild(again)).toEqual({ a: 1 });
      await s.close();
    });

    if (reopen) {
      it("[A27] everything committed is there after reopening", async () => {
        const s = await make();
        const doc = new Y.Doc();
        await s.createMap(record("m1"), Y.encodeStateAsUpdate(doc));
        await s.appendUpdates("m1", [update("a", 1, doc)], "2026-11-21T07:00:00.000Z");
        const t = await reopen(s);
        const stored = await t.loadDoc("m1");
        expect(stored && rebuild(stored)).toEqual({ a: 1 });
        expect(await t.getMap("m1")).toMatchObject({ id: "m1", updatedAt: "2026-11-21T07:00:00.000Z" });
        await t.close();
      });
    }

    feedKeyContractCases(make, reopen);
    metricPointContractCases(make, reopen);
    workspaceStoreContract(make, reopen);
    historyContractCases(make, reopen);
  });
}
