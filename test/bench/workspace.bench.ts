/**
 * Workspace budgets (issue 12): a workspace of 200 journeys x 200 cards in one in-process
 * server on SQLite. Reports
 * - the projection update per changed map (after-commit listener, off the commit path; budget 5 ms),
 * - the overview and central backlog answers (first paint of those views stands on them; budget 1 s),
 * - the time from a command in one journey to the notice and the re-ranked backlog (budget 1 s),
 * - heap for the workspace, and how many map documents opening the home loaded (must be none).
 * Numbers are reported, never asserted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { decodeWorkspaceChanged } from "../../shared/protocol";
import type { Journey } from "../../shared/schema/journey";
import { createApp } from "../../server/app";
import { readConfig } from "../../server/config";
import { createLogger } from "../../server/log";
import { SqliteStorage } from "../../server/storage/SqliteStorage";
import { makeBigJourney } from "../support/bigJourney";
import { printTable } from "./printTable";

const JOURNEYS = Number(process.env.BENCH_WS_JOURNEYS ?? 200);
const CARDS = 200;

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "baton-wsbench-"));
  const storage = new SqliteStorage(dir);
  const app = createApp({ ...readConfig({}), port: 0, host: "127.0.0.1", unloadDelayMs: 200 }, storage, createLogger(() => undefined));
  const port = await app.listen();
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, key?: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown>; ms: number }> => {
    const t = performance.now();
    const res = await fetch(`${base}${path}`, { method, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const json = (await res.json()) as Record<string, unknown>;
    return { status: res.status, json, ms: performance.now() - t };
  };
  try {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const ws = (await call("POST", "/api/workspaces", undefined, { title: "Bench" })).json as { id: string; editKey: string; viewKey: string };
    const base0 = makeBigJourney({ cards: CARDS, seed: 12 });
    const maps: { id: string; editKey: string }[] = [];
    const createStart = performance.now();
    for (let i = 0; i < JOURNEYS; i++) {
      const journey: Journey = { ...base0, title: `Journey ${i}` };
      const r = await call("POST", `/api/workspaces/${ws.id}/maps`, ws.editKey, { journey });
      maps.push(r.json as { id: string; editKey: string });
    }
    await app.context.workspaces.projector.idle();
    const createMs = performance.now() - createStart;
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const roomsBefore = app.context.rooms.size;

    const overview: number[] = [];
    const backlog: number[] = [];
    let items = 0;
    for (let i = 0; i < 5; i++) {
      overview.push((await call("GET", `/api/workspaces/${ws.id}/overview?on=2026-11-29`, ws.viewKey)).ms);
      const b = await call("GET", `/api/workspaces/${ws.id}/backlog`, ws.viewKey);
      backlog.push(b.ms);
      items = (b.json["items"] as unknown[]).length;
    }
    const roomsAfterViews = app.context.rooms.size;

    // A change in one journey: command -> commit -> projection -> notice -> backlog shows it.
    const live = new WebSocket(`ws://127.0.0.1:${port}/sync/w/${ws.id}?k=${ws.viewKey}&live=1`);
    await new Promise((r) => live.once("open", r));
    const timings0 = app.context.workspaces.projector.timings.length;
    const visible: number[] = [];
    const perEdit: number[] = [];
    // The two journeys are open in pages (their rooms stay loaded), as while someone edits them.
    const pages = [0, 17].map((n) => new WebSocket(`ws://127.0.0.1:${port}/sync/${(maps[n] as { id: string }).id}?k=${(maps[n] as { editKey: string }).editKey}`));
    await Promise.all(pages.map((p) => new Promise((r) => p.once("open", r))));
    for (let i = 0; i < 12; i++) {
      // Edits alternate between two journeys, as when two pages are open: the first edit of a
      // journey reads it whole, later ones through the projector's incremental reader.
      const target = maps[(i % 2) * 17] as { id: string; editKey: string };
      const before = app.context.workspaces.projector.timings.length;
      const card = base0.cards.find((c) => c.kind === "painPoint" || c.kind === "opportunity");
      const t = performance.now();
      const noticed = new Promise<void>((resolve) => {
        const on = (data: Buffer): void => {
          if (decodeWorkspaceChanged(new Uint8Array(data))?.maps.includes(target.id)) {
            live.off("message", on);
            resolve();
          }
        };
        live.on("message", on);
      });
      await call("POST", `/api/maps/${target.id}/commands`, target.editKey, { commands: [{ type: "updateCard", id: card?.id, patch: { votes: 1000 + i } }] });
      await noticed;
      await call("GET", `/api/workspaces/${ws.id}/backlog`, ws.viewKey);
      visible.push(performance.now() - t);
      perEdit.push(...app.context.workspaces.projector.timings.slice(before));
    }
    live.close();
    for (const p of pages) p.close();
    void timings0;
    const firstReads = perEdit.slice(0, 2);
    const projection = perEdit.slice(2);

    printTable(
      ["measure", "value"],
      [
        ["journeys x cards", `${JOURNEYS} x ${CARDS}`],
        ["create + project all (import through the API)", ms(createMs)],
        ["projection update per changed map, first edit of a journey (full read)", firstReads.map(ms).join(", ")],
        ["projection update per changed map, later edits, median / p95 (n)", `${ms(median(projection))} / ${ms(p95(projection))} (${projection.length})`],
        ["GET overview (200 rows), median of 5", ms(median(overview))],
        ["GET backlog, median of 5", `${ms(median(backlog))} (${items} items)`],
        ["edit in a journey -> notice -> backlog fetched, median / max of 12", `${ms(median(visible))} / ${ms(Math.max(...visible))}`],
        ["heap for the workspace (after gc, if --expose-gc)", mib(heapAfter - heapBefore)],
        ["rooms loaded before / after the home views (map documents are never loaded by them)", `${roomsBefore} / ${roomsAfterViews}`],
      ],
    );
  } finally {
    await app.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}
