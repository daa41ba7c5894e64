/**
 * GET /api/maps/:id/export.svg against the real server (X9): a viewer's key gets exactly the
 * bytes `renderJourneySvg` gives for the journey the document holds, as an attachment that may
 * run nothing; a live change shows up in the next export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import WebSocket from "ws";
import { importMap, startServer, syncUrl, type CreatedMap, type RunningServer } from "../support/server";
import { renderJourneySvg } from "../../shared/export/svg";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import type { Journey } from "../../shared/schema/journey";
import { payloadJourney } from "../unit/exportPayloads";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

let server: RunningServer;
let map: CreatedMap;

const svgOf = (id: string, key: string | null, query = "") =>
  fetch(`${server.url}/api/maps/${id}/export.svg${query}`, key === null ? {} : { headers: { authorization: `Bearer ${key}` } });

beforeAll(async () => {
  server = await startServer();
  map = await importMap(server.url, example);
});
afterAll(async () => {
  await server?.stop();
});

describe("GET /api/maps/:id/export.svg", () => {
  it("[A19][X9] a viewer gets renderJourneySvg of the document's journey, byte for byte, as a safe attachment", async () => {
    const res = await svgOf(map.id, map.viewKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="SaaS-onboarding-from-trial-to-first-value.svg"');
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const body = Buffer.from(await res.arrayBuffer());
    const fromDoc = renderJourneySvg(docToJourney(journeyToDoc(example)).journey);
    expect(body.equals(Buffer.from(fromDoc, "utf8"))).toBe(true);
    // ...which is also what the page renders from the journey it reads (export.json is that journey).
    const json = (await (await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } })).json()) as Journey;
    expect(body.toString("utf8")).toBe(renderJourneySvg(json));
    expect(body.toString("utf8")).toBe(renderJourneySvg(example));
  });

  it("[A19][A12] ?lang=de labels it in German; other languages are refused with an error body", async () => {
    const de = await svgOf(map.id, map.editKey, "?lang=de");
    expect(de.status).toBe(200);
    expect(await de.text()).toBe(renderJourneySvg(example, { lang: "de" }));
    const bad = await svgOf(map.id, map.viewKey, "?lang=fr");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/lang/);
  });

  it("[A9][A19] no key or a wrong key is 401, an unknown map 404", async () => {
    expect((await svgOf(map.id, null)).status).toBe(401);
    expect((await svgOf(map.id, "not-the-key")).status).toBe(401);
    expect((await svgOf("noSuchMap", map.viewKey)).status).toBe(404);
  });

  it("[A19][X4] a map full of markup is served as text, with a safe file name", async () => {
    const hostile = payloadJourney(`"><script>alert(1)</script>\r\nx`);
    const created = await importMap(server.url, hostile);
    const res = await svgOf(created.id, created.viewKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="script-alert-1-script-x.svg"');
    const text = await res.text();
    expect(text).toBe(renderJourneySvg(hostile));
    expect(text).not.toMatch(/<script/i);
  });

  it("[A19] a live change is in the next export", async () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl(server.url), map.id, doc, { params: { k: map.editKey }, WebSocketPolyfill: WebSocket as never });
    try {
      await new Promise<void>((resolve) => provider.once("sync", () => resolve()));
      const cards = doc.getMap("cards");
      const card = cards.get("a1") as Y.Map<unknown>;
      doc.transact(() => card.set("title", "Asks a colleague for a recommendation"), "remote");
      // The map's teams and people live in its workspace (WS4): the export is the example with the new title.
      const wanted = renderJourneySvg({ ...example, cards: example.cards.map((c) => (c.id === "a1" ? { ...c, title: "Asks a colleague for a recommendation" } : c)) });
      let body = "";
      for (let i = 0; i < 50 && body !== wanted; i++) {
        body = await (await svgOf(map.id, map.viewKey)).text();
        if (body !== wanted) await new Promise((r) => setTimeout(r, 100));
      }
      expect(body).toBe(wanted);
      expect(body).toContain("Asks a colleague for a");
    } finally {
      provider.destroy();
      doc.destroy();
    }
  });
});
