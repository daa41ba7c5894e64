import { expect, it } from "vitest";
import * as Y from "yjs";
import { NO_CHANGE } from "../../../shared/history/summarizeChange";
import type { VersionKind } from "../../../shared/history/versionsToPrune";
import type { ActivityEntry, Storage, VersionRecord } from "../../../server/storage/Storage";

/**
 * The history part of the one storage contract (H1, H4): run inside `storageContractSuite`'s
 * describe, so every backend passes it with the rest.
 */
export function historyContractCases(make: () => Promise<Storage>, reopen?: (s: Storage) => Promise<Storage>): void {
  const record = (id: string) => ({
    id,
    keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) },
    createdAt: "2026-11-21T06:00:00.000Z",
    updatedAt: "2026-11-21T06:00:00.000Z",
  });
  const state = (value: number): Uint8Array => {
    const doc = new Y.Doc();
    doc.getMap("m").set("v", value);
    return Y.encodeStateAsUpdate(doc);
  };
  const valueOf = (s: Uint8Array): unknown => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, s);
    return doc.getMap("m").get("v");
  };
  const version = (id: string, docId: string, at: string, kind: VersionKind = "auto", extra: Partial<VersionRecord> = {}): VersionRecord => ({
    id,
    docId,
    at,
    kind,
    summary: NO_CHANGE,
    bytes: 0,
    ...extra,
  });
  const activity = (docId: string, at: string): ActivityEntry => ({ docId, from: at, at, authors: [{ role: "editor", name: "Ana" }], summary: NO_CHANGE });

  it("[H1] versions come back newest first without their states; a version loads with its state", async () => {
    const s = await make();
    await s.saveVersion(version("v1", "d1", "2026-11-21T07:00:00.000Z"), state(1));
    await s.saveVersion(version("v2", "d1", "2026-11-21T08:00:00.000Z", "named", { label: "before Q3", by: { role: "editor", name: "Lea" } }), state(2));
    await s.saveVersion(version("v3", "d1", "2026-11-21T08:00:00.000Z", "beforeRestore"), state(3));
    await s.saveVersion(version("w1", "d2", "2026-11-21T09:00:00.000Z"), state(9));
    const list = await s.listVersions("d1");
    expect(list.map((v) => v.id)).toEqual(["v3", "v2", "v1"]);
    expect(list[1]).toMatchObject({ kind: "named", label: "before Q3", by: { role: "editor", name: "Lea" }, summary: NO_CHANGE });
    expect(list[0]).not.toHaveProperty("state");
    const loaded = await s.loadVersion("d1", "v2");
    expect(loaded && valueOf(loaded.state)).toBe(2);
    expect(loaded?.record.id).toBe("v2");
    expect(await s.loadVersion("d1", "w1")).toBeNull();
    expect(await s.loadVersion("d1", "nope")).toBeNull();
    expect(await s.listVersions("none")).toEqual([]);
    await s.close();
  });

  it("[H1] a version id is unique: saving it again is refused and changes nothing", async () => {
    const s = await make();
    await s.saveVersion(version("v1", "d1", "2026-11-21T07:00:00.000Z"), state(1));
    await expect(s.saveVersion(version("v1", "d1", "2026-11-21T08:00:00.000Z"), state(2))).rejects.toThrow();
    const loaded = await s.loadVersion("d1", "v1");
    expect(loaded && valueOf(loaded.state)).toBe(1);
    await s.close();
  });

  it("[H3] deleting versions removes only those of that document", async () => {
    const s = await make();
    for (const [id, doc] of [["a1", "d1"], ["a2", "d1"], ["b1", "d2"]] as const) {
      await s.saveVersion(version(id, doc, "2026-11-21T07:00:00.000Z"), state(1));
    }
    expect(await s.deleteVersions("d1", ["a1", "b1"])).toBe(1);
    expect((await s.listVersions("d1")).map((v) => v.id)).toEqual(["a2"]);
    expect((await s.listVersions("d2")).map((v) => v.id)).toEqual(["b1"]);
    await s.close();
  });

  it("[H4] the activity log keeps the newest entries per document, newest first", async () => {
    const s = await make();
    for (let i = 0; i < 5; i++) await s.appendActivity(activity("d1", `2026-11-21T07:0${i}:00.000Z`), 3);
    await s.appendActivity(activity("d2", "2026-11-21T09:00:00.000Z"), 3);
    const list = await s.listActivity("d1", 10);
    expect(list.map((e) => e.at)).toEqual(["2026-11-21T07:04:00.000Z", "2026-11-21T07:03:00.000Z", "2026-11-21T07:02:00.000Z"]);
    expect(list[0]).toEqual(activity("d1", "2026-11-21T07:04:00.000Z"));
    expect(await s.listActivity("d1", 1)).toHaveLength(1);
    expect(await s.listActivity("d2", 10)).toHaveLength(1);
    await s.close();
  });

  it("[A23] deleting a map deletes its versions and activity", async () => {
    const s = await make();
    await s.createMap(record("m1"), state(0));
    await s.saveVersion(version("v1", "m1", "2026-11-21T07:00:00.000Z"), state(1));
    await s.saveVersion(version("v2", "other", "2026-11-21T07:00:00.000Z"), state(1));
    await s.appendActivity(activity("m1", "2026-11-21T07:00:00.000Z"), 10);
    await s.deleteMap("m1");
    expect(await s.listVersions("m1")).toEqual([]);
    expect(await s.loadVersion("m1", "v1")).toBeNull();
    expect(await s.listActivity("m1", 10)).toEqual([]);
    expect(await s.listVersions("other")).toHaveLength(1);
    await s.close();
  });

  it("[H1] a version's state is a copy: changing the given or returned bytes changes nothing", async () => {
    const s = await make();
    const given = state(7);
    await s.saveVersion(version("v1", "d1", "2026-11-21T07:00:00.000Z"), given);
    given.fill(0);
    (await s.loadVersion("d1", "v1"))?.state.fill(0);
    const loaded = await s.loadVersion("d1", "v1");
    expect(loaded && valueOf(loaded.state)).toBe(7);
    await s.close();
  });

  if (reopen) {
    it("[H1] versions and activity are there after reopening", async () => {
      const s = await make();
      await s.saveVersion(version("v1", "d1", "2026-11-21T07:00:00.000Z", "named", { label: "kept" }), state(5));
      await s.appendActivity(activity("d1", "2026-11-21T07:00:00.000Z"), 10);
      const t = await reopen(s);
      const loaded = await t.loadVersion("d1", "v1");
      expect(loaded?.record).toMatchObject({ kind: "named", label: "kept" });
      expect(loaded && valueOf(loaded.state)).toBe(5);
      expect(await t.listActivity("d1", 10)).toHaveLength(1);
      await t.close();
    });
  }
}
