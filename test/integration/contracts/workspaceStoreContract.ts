import { expect, it } from "vitest";
import * as Y from "yjs";
import type { MapRecord, Storage } from "../../../server/storage/Storage";

/**
 * The workspace part of the one storage contract (API-RULES.md WA1), run inside
 * `storageContractSuite` for every backend.
 */
export function workspaceStoreContract(make: () => Promise<Storage>, reopen?: (s: Storage) => Promise<Storage>): void {
  const record = (id: string, at = "2026-11-21T06:00:00.000Z"): MapRecord => ({
    id, keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) }, createdAt: at, updatedAt: at,
  });
  const state = (): Uint8Array => Y.encodeStateAsUpdate(new Y.Doc());

  it("[WA1] a workspace is a stored document with its maps in order; what an id is, is known", async () => {
    const s = await make();
    await s.createMap(record("m1"), state());
    await s.createMap(record("m2"), state());
    await s.createMap(record("lone"), state());
    await s.workspaces.createWorkspace(record("w1"), state(), ["m2", "m1"]);
    await s.workspaces.createMapIn("w1", record("m3"), state());
    expect(await s.workspaces.mapsOf("w1")).toEqual(["m2", "m1", "m3"]);
    expect(await s.workspaces.kindOf("w1")).toEqual({ kind: "workspace" });
    expect(await s.workspaces.kindOf("m3")).toEqual({ kind: "map", workspaceId: "w1" });
    expect(await s.workspaces.kindOf("lone")).toEqual({ kind: "map", workspaceId: null });
    expect(await s.workspaces.kindOf("nope")).toEqual({ kind: "none" });
    expect(await s.workspaces.mapsWithoutWorkspace()).toEqual(["lone"]);
    expect(await s.loadDoc("w1")).not.toBeNull();
    await s.appendUpdates("w1", [state()], "2026-11-21T07:00:00.000Z");
    expect((await s.getMap("w1"))?.updatedAt).toBe("2026-11-21T07:00:00.000Z");
    await s.close();
  });

  it("[WA1] creating a workspace is all or nothing: a missing map stores nothing; a map in an unknown workspace is refused", async () => {
    const s = await make();
    await s.createMap(record("m1"), state());
    await expect(s.workspaces.createWorkspace(record("w1"), state(), ["m1", "ghost"])).rejects.toThrow();
    expect(await s.getMap("w1")).toBeNull();
    expect(await s.workspaces.kindOf("m1")).toEqual({ kind: "map", workspaceId: null });
    await expect(s.workspaces.createMapIn("ghost", record("m2"), state())).rejects.toThrow();
    expect(await s.getMap("m2")).toBeNull();
    await s.close();
  });

  it("[WA6][WA7] maps move between workspaces; a projection is replaced only by one at the same or a later position", async () => {
    const s = await make();
    await s.workspaces.createWorkspace(record("w1"), state());
    await s.workspaces.createWorkspace(record("w2"), state());
    await s.workspaces.createMapIn("w1", record("m1"), state());
    await s.workspaces.putProjection({ mapId: "m1", seq: 5, json: "five" });
    await s.workspaces.putProjection({ mapId: "m1", seq: 3, json: "three" });
    expect(await s.workspaces.projectionsOf("w1")).toEqual([{ mapId: "m1", seq: 5, json: "five" }]);
    expect(await s.workspaces.moveMap("m1", "w2")).toBe(true);
    expect(await s.workspaces.moveMap("m1", "ghost")).toBe(false);
    expect(await s.workspaces.mapsOf("w1")).toEqual([]);
    expect(await s.workspaces.projectionsOf("w2")).toEqual([{ mapId: "m1", seq: 5, json: "five" }]);
    await s.close();
  });

  it("[WA4] deleting a workspace deletes its maps and their projections; a deleted map is forgotten", async () => {
    const s = await make();
    await s.workspaces.createWorkspace(record("w1"), state());
    await s.workspaces.createMapIn("w1", record("m1"), state());
    await s.workspaces.createMapIn("w1", record("m2"), state());
    await s.workspaces.putProjection({ mapId: "m1", seq: 1, json: "{}" });
    await s.deleteMap("m2");
    await s.workspaces.forgetMap("m2");
    expect(await s.workspaces.mapsOf("w1")).toEqual(["m1"]);
    expect(await s.workspaces.deleteWorkspace("w1")).toEqual(["m1"]);
    expect(await s.getMap("m1")).toBeNull();
    expect(await s.loadDoc("w1")).toBeNull();
    expect(await s.workspaces.kindOf("w1")).toEqual({ kind: "none" });
    expect(await s.workspaces.deleteWorkspace("w1")).toBeNull();
    await s.close();
  });

  if (reopen) {
    it("[WA1][A27] workspaces, membership and projections are there after reopening", async () => {
      const s = await make();
      await s.workspaces.createWorkspace(record("w1"), state());
      await s.workspaces.createMapIn("w1", record("m1"), state());
      await s.workspaces.putProjection({ mapId: "m1", seq: 2, json: "p" });
      const t = await reopen(s);
      expect(await t.workspaces.mapsOf("w1")).toEqual(["m1"]);
      expect(await t.workspaces.projectionsOf("w1")).toEqual([{ mapId: "m1", seq: 2, json: "p" }]);
      await t.close();
    });
  }
}
