import { expect, it } from "vitest";
import type { Storage } from "../../../server/storage/Storage";

/** The feed-key part of the one storage contract suite (WK1), run inside `storageContractSuite`. */
export function feedKeyContractCases(make: () => Promise<Storage>, reopen?: (s: Storage) => Promise<Storage>): void {
  const key = (id: string, workspaceId: string, createdAt = "2026-11-29T10:00:00.000Z") => ({ id, workspaceId, hash: "f".repeat(64), label: `key ${id}`, createdAt });

  it("[WK1] feed keys are added, listed per workspace oldest first, revoked one by one or with their workspace", async () => {
    const s = await make();
    await s.feedKeys.add(key("k2", "w1", "2026-11-29T11:00:00.000Z"));
    await s.feedKeys.add(key("k1", "w1"));
    await s.feedKeys.add(key("k3", "w2"));
    await expect(s.feedKeys.add(key("k1", "w2"))).rejects.toThrow();
    expect((await s.feedKeys.list("w1")).map((k) => k.id)).toEqual(["k1", "k2"]);
    expect(await s.feedKeys.list("w2")).toEqual([key("k3", "w2")]);
    expect(await s.feedKeys.revoke("w2", "k1")).toBe(false); // another workspace's key
    expect(await s.feedKeys.revoke("w1", "k1")).toBe(true);
    expect(await s.feedKeys.revoke("w1", "k1")).toBe(false);
    await s.feedKeys.forgetWorkspace("w1");
    expect(await s.feedKeys.list("w1")).toEqual([]);
    const t = reopen ? await reopen(s) : s;
    expect(await t.feedKeys.list("w2")).toEqual([key("k3", "w2")]);
    await t.close();
  });
}
