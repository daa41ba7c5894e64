/**
 * WA20: a busy room's commits are projected together, at most once per 250 ms, from the
 * document's latest state; a change after a quiet spell is projected at once. In-process (the
 * real app on a port, the stock client) so the test can count the projector's passes.
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../../server/app";
import { readConfig } from "../../server/config";
import { silentLogger } from "../../server/log";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { PROJECT_INTERVAL_MS } from "../../server/workspaces/Projector";
import { connectClient, eventually } from "./helpers/clients";

describe("projection pace (WA20)", () => {
  it("[WA20] 40 commits in about a second are projected a handful of times, the last projection holds the last edit, and a lone edit later is projected at once", async () => {
    const storage = new MemoryStorage();
    const app = createApp(readConfig({ PORT: "0", BATON_STORAGE: "memory", BATON_DATA_DIR: "/tmp/baton-unused" }), storage, silentLogger);
    const base = `http://127.0.0.1:${await app.listen()}`;
    try {
      const created = (await (await fetch(`${base}/api/maps`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Paced" }) })).json()) as { id: string; editKey: string };
      const kind = await storage.workspaces.kindOf(created.id);
      if (kind.kind !== "map" || kind.workspaceId === null) throw new Error("a new map belongs to a workspace (WA5)");
      const workspaceId = kind.workspaceId;
      const projectedTitle = async (): Promise<string | undefined> => {
        const stored = (await storage.workspaces.projectionsOf(workspaceId)).find((p) => p.mapId === created.id);
        return stored ? (JSON.parse(stored.json) as { journey: { title: string } }).journey.title : undefined;
      };
      const { projector } = app.context.workspaces;
      const client = connectClient(base, created.id, created.editKey);
      await client.synced;
      await projector.idle();
      const before = projector.timings.length;
      const started = performance.now();
      for (let i = 1; i <= 40; i++) {
        client.doc.getMap("meta").set("title", `Edit ${i}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      const burstMs = performance.now() - started;
      await eventually(async () => (await projectedTitle()) === "Edit 40", "the last edit is projected");
      await projector.idle();
      const passes = projector.timings.length - before;
      // One pass at the start of the burst, then at most one per interval (plus the trailing one).
      expect(passes).toBeGreaterThanOrEqual(2);
      expect(passes).toBeLessThanOrEqual(Math.ceil(burstMs / PROJECT_INTERVAL_MS) + 2);
      expect(passes).toBeLessThan(40);
      // After a quiet spell, a lone edit does not wait for an interval.
      await new Promise((r) => setTimeout(r, PROJECT_INTERVAL_MS * 2));
      const quiet = projector.timings.length;
      client.doc.getMap("meta").set("title", "Alone");
      await eventually(async () => (await projectedTitle()) === "Alone", "the lone edit is projected");
      expect(projector.timings.length).toBe(quiet + 1);
      client.destroy();
    } finally {
      await app.shutdown();
    }
  });
});
