/** API-RULES.md P1-P6: the participant role over HTTP and live sync, with the stock client. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { CLOSE } from "../../shared/protocol";
import { exampleJourney } from "../support/example";
import { importMap, startServer, type CreatedMap, type RunningServer } from "../support/server";
import { connectClient, eventually, type TestClient } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type WithParticipant = CreatedMap & { participantKey: string; links: { participant: string } };

const call = (method: string, path: string, key: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const commands = (map: CreatedMap, key: string, list: unknown[]) => call("POST", `/api/maps/${map.id}/commands`, key, { commands: list });

const comment = (id: string, extra: Record<string, unknown> = {}): Command => ({
  type: "addComment",
  comment: { id, cardId: "p1", author: "Pia", text: "Card first, product later?", at: "2026-11-29T10:00:00Z", ...extra },
});

/** Runs commands on a client's own document (as the page does), with origin `local`. */
function write(client: TestClient, ...list: Command[]): void {
  const result = applyCommands(client.doc, list, "local");
  expect(result.skipped).toEqual([]);
}

function closeCode(client: TestClient): Promise<number> {
  return new Promise((resolve) => client.provider.on("connection-close", (event) => resolve(event?.code ?? -1)));
}

const title = (doc: Y.Doc, card: string) => (doc.getMap("cards").get(card) as Y.Map<unknown> | undefined)?.get("title");

describe("participant keys and the API", () => {
  it("[P1][A10] a new map has a participant key and link; it opens the map as participant; an editor can fetch it; replacing the keys replaces it", async () => {
    const map = (await importMap(server.url, exampleJourney())) as WithParticipant;
    expect(map.participantKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(map.links.participant).toBe(map.links.edit.replace(map.editKey, map.participantKey));
    const info = (await (await call("GET", `/api/maps/${map.id}`, map.participantKey)).json()) as { role: string };
    expect(info.role).toBe("participant");
    const fetched = await call("GET", `/api/maps/${map.id}/participant`, map.editKey);
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toEqual({ participantKey: map.participantKey, link: map.links.participant });
    expect((await call("GET", `/api/maps/${map.id}/participant`, map.participantKey)).status).toBe(403);
    expect((await call("GET", `/api/maps/${map.id}/participant`, map.viewKey)).status).toBe(403);
    const replaced = (await (await call("POST", `/api/maps/${map.id}/keys`, map.ownerKey)).json()) as WithParticipant;
    expect(replaced.participantKey).not.toBe(map.participantKey);
    expect((await call("GET", `/api/maps/${map.id}`, map.participantKey)).status).toBe(401);
    expect((await call("GET", `/api/maps/${map.id}`, replaced.participantKey)).status).toBe(200);
  });

  it("[P2][A9] a participant's commands: votes and comments only; anything else is 403 and changes nothing", async () => {
    const map = (await importMap(server.url, exampleJourney())) as WithParticipant;
    expect((await commands(map, map.editKey, [{ type: "startVoteRound", round: { id: "R1", target: "both", budget: 3, hidden: false } }])).status).toBe(200);
    const ok = await commands(map, map.participantKey, [
      { type: "addDot", roundId: "R1", voter: "tokP", cardId: "p1" },
      comment("cm1"),
      { type: "updateComment", id: "cm1", patch: { resolved: true } },
    ]);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ applied: 3, skipped: [] });
    const mixed = await commands(map, map.participantKey, [comment("cm2"), { type: "updateCard", id: "p1", patch: { title: "Hijacked" } }]);
    expect(mixed.status).toBe(403);
    expect((await commands(map, map.participantKey, [{ type: "revealVoteRound", roundId: "R1" }])).status).toBe(403);
    expect((await commands(map, map.participantKey, [{ type: "updateComment", id: "cm1", patch: { text: "rewritten" } }])).status).toBe(403);
    expect((await commands(map, map.viewKey, [comment("cm3")])).status).toBe(403);
    expect((await call("PUT", `/api/maps/${map.id}`, map.participantKey, exampleJourney())).status).toBe(403);
    const file = (await (await call("GET", `/api/maps/${map.id}/export.json`, map.participantKey)).json()) as { cards: { id: string; title: string }[]; comments?: { id: string; resolved?: boolean }[] };
    expect(file.cards.find((c) => c.id === "p1")?.title).toBe(exampleJourney().cards.find((c) => c.id === "p1")?.title);
    expect(file.comments?.filter((c) => c.id.startsWith("cm"))).toEqual([expect.objectContaining({ id: "cm1", resolved: true })]);
  });
});

describe("participants on the live socket", () => {
  it("[P3][P4][A27] a participant votes and comments and everyone sees it; a card edit is dropped, the socket closed with 4403, and it is not stored (after a restart)", async () => {
    const map = (await importMap(server.url, exampleJourney())) as WithParticipant;
    const original = exampleJourney().cards.find((c) => c.id === "p1")?.title;
    const editor = connectClient(server.url, map.id, map.editKey);
    await editor.synced;
    write(editor, { type: "startVoteRound", round: { id: "R1", target: "both", budget: 3, hidden: false } });
    const participant = connectClient(server.url, map.id, map.participantKey);
    participant.provider.awareness.setLocalStateField("user", { name: "Pia", color: "#3366cc" });
    await participant.synced;
    await eventually(() => participant.doc.getMap("workshop").has("round"), "the participant sees the round");
    write(participant, { type: "addDot", roundId: "R1", voter: "tokP", cardId: "p1" });
    write(participant, comment("cm1"));
    write(participant, comment("cm2", { replyTo: "cm1" }));
    write(participant, { type: "updateComment", id: "cm1", patch: { resolved: true } });
    await eventually(() => {
      const c = editor.doc.getMap("comments").get("cm1") as Y.Map<unknown> | undefined;
      return c?.get("resolved") === true && editor.doc.getMap("comments").has("cm2");
    }, "the editor sees the comment, the reply and the resolution");
    const ballots = editor.doc.getMap("workshop").get("ballots") as Y.Map<unknown>;
    expect(ballots.get("R1.tokP")).toEqual({ p1: 1 });

    const closed = closeCode(participant);
    write(participant, { type: "updateCard", id: "p1", patch: { title: "Hijacked by a participant" } });
    expect(await closed).toBe(CLOSE.forbidden);
    expect(title(participant.doc, "p1")).toBe("Hijacked by a participant");
    write(editor, comment("cm3"));
    const fresh = connectClient(server.url, map.id, map.viewKey);
    await fresh.synced;
    await eventually(() => fresh.doc.getMap("comments").has("cm3"), "a later edit is there");
    expect(title(fresh.doc, "p1")).toBe(original);
    expect(title(editor.doc, "p1")).toBe(original);
    [editor, participant, fresh].forEach((c) => c.destroy());

    await server.restart();
    const after = connectClient(server.url, map.id, map.viewKey);
    await after.synced;
    expect(title(after.doc, "p1")).toBe(original);
    expect((after.doc.getMap("comments").get("cm1") as Y.Map<unknown>).get("resolved")).toBe(true);
    expect((after.doc.getMap("workshop").get("ballots") as Y.Map<unknown>).get("R1.tokP")).toEqual({ p1: 1 });
    after.destroy();
  });

  it("[P3][P4] a participant's document that already holds a card edit is refused on the sync-step-2 path too", async () => {
    const map = (await importMap(server.url, exampleJourney())) as WithParticipant;
    const doc = new Y.Doc();
    const first = connectClient(server.url, map.id, map.viewKey, {}, doc);
    await first.synced;
    first.provider.destroy();
    (doc.getMap("cards").get("p1") as Y.Map<unknown>).set("title", "Offline hijack");
    const participant = connectClient(server.url, map.id, map.participantKey, {}, doc);
    const closed = closeCode(participant);
    expect(await closed).toBe(CLOSE.forbidden);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    expect(title(check.doc, "p1")).toBe(exampleJourney().cards.find((c) => c.id === "p1")?.title);
    [participant, check].forEach((c) => c.destroy());
  });

  it("[P6][WA3] a participant key reads its own workspace's document as a viewer", async () => {
    const map = (await importMap(server.url, exampleJourney())) as WithParticipant & { workspace: { id: string } };
    const res = await call("GET", `/api/workspaces/${map.workspace.id}`, map.participantKey);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { role: string }).role).toBe("viewer");
  });
});
