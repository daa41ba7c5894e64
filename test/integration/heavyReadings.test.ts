/**
 * After a big PUT (S54) the derived data read in the worker thread is still right: the map's
 * projection (the workspace's backlog), the `beforeReplace` version and its summary, the live
 * document applied slice by slice, and the snapshot compaction built from state parts (read
 * back after a restart). Behaviour only: nothing here is timed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";
import { makeBigJourney } from "../support/bigJourney";
import { createMap, startServer, type CreatedMap, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

type Json = Record<string, unknown>;

async function get(path: string, key: string): Promise<Json> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

async function put(map: CreatedMap, journey: Journey): Promise<void> {
  const res = await fetch(`${server.url}/api/maps/${map.id}`, { method: "PUT", headers: { "content-type": "application/json", authorization: `Bearer ${map.editKey}` }, body: JSON.stringify(journey) });
  expect(res.status).toBe(200);
}

/** Polls `read` until `done` holds for what it read (the projection is computed after the commit, off the request). */
async function polled<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

const backlogIds = (j: Journey): string[] => j.cards.filter((c) => c.kind === "painPoint" || c.kind === "opportunity").map((c) => c.id).sort();
const cardIds = (j: { cards: readonly { id: string }[] }): string[] => j.cards.map((c) => c.id).sort();

describe("after-commit readings of a big map in the worker thread (S54)", () => {
  it("[S54] [WA7] [H2] [H6] [A20] after PUTs of 2,500 cards: the backlog holds exactly the file's pain points and opportunities, the beforeReplace version holds the replaced map with every card in its summary, a live client holds the new map, and so does the store after a restart", async () => {
    const map = (await createMap(server.url)) as CreatedMap & { workspace: { id: string } };
    const a = makeBigJourney({ cards: 2_500, seed: 21 });
    const b = makeBigJourney({ cards: 2_500, seed: 22 });
    const live = connectClient(server.url, map.id, map.editKey);
    await live.synced;

    await put(map, a);
    const backlog = async (): Promise<string[]> => ((await get(`/api/workspaces/${map.workspace.id}/backlog`, map.viewKey))["items"] as Json[]).map((i) => i["cardId"] as string).sort();
    expect(await polled(backlog, (ids) => ids.length === backlogIds(a).length, "the backlog of journey A")).toEqual(backlogIds(a));

    await put(map, b);
    await eventually(() => cardIds(docToJourney(live.doc).journey).join() === cardIds(b).join(), "the live client holds journey B", 60_000);
    expect(await polled(backlog, (ids) => ids.join() === backlogIds(b).join(), "the backlog of journey B")).toEqual(backlogIds(b));

    const versions = (await get(`/api/maps/${map.id}/versions`, map.viewKey)) as unknown as { id: string; kind: string; summary: { cards: { added: unknown[]; more: number; removed: unknown[] } } }[];
    const replaced = versions.filter((v) => v.kind === "beforeReplace");
    expect(replaced).toHaveLength(2);
    const beforeB = replaced[0] as (typeof replaced)[number];
    expect(beforeB.summary.cards.added.length + beforeB.summary.cards.more).toBe(a.cards.length);
    expect(cardIds((await get(`/api/maps/${map.id}/versions/${beforeB.id}/export.json`, map.viewKey)) as unknown as Journey)).toEqual(cardIds(a));
    live.destroy();

    await server.restart();
    expect(cardIds((await get(`/api/maps/${map.id}/export.json`, map.viewKey)) as unknown as Journey)).toEqual(cardIds(b));
  }, 300_000);
});
