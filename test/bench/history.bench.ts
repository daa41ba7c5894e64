/**
 * History's budgets (issue 13): listing 1,000 versions under 50 ms; restoring a 2,000-card map
 * under 300 ms server-side with a change no bigger than the difference; bytes per version of
 * the example map and of a 2,000-card map; what retention keeps after 90 simulated days of
 * daily editing. Medians of a few runs; reported, never asserted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { NO_CHANGE } from "../../shared/history/summarizeChange";
import { versionsToPrune, type VersionStamp } from "../../shared/history/versionsToPrune";
import { ROOM_DEFAULTS } from "../../server/app";
import { History } from "../../server/history/History";
import { ManualClock } from "../../server/history/HistoryClock";
import { silentLogger } from "../../server/log";
import { Metrics } from "../../server/metrics";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { SqliteStorage } from "../../server/storage/SqliteStorage";
import { Rooms } from "../../server/sync/Rooms";
import { makeBigJourney } from "../support/bigJourney";
import { exampleJourney } from "../support/example";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

function stateOf(journey: ReturnType<typeof exampleJourney>): Uint8Array {
  return Y.encodeStateAsUpdate(journeyToDoc(journey));
}

async function listing(state: Uint8Array): Promise<{ ms: number; count: number }> {
  const dir = mkdtempSync(join(tmpdir(), "baton-bench-history-"));
  const storage = new SqliteStorage(dir);
  try {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 1000; i++) {
      await storage.saveVersion({ id: `v${i}`, docId: "m", at: new Date(start + i * 60_000).toISOString(), kind: i % 10 === 0 ? "named" : "auto", ...(i % 10 === 0 ? { label: `Named ${i}` } : {}), summary: NO_CHANGE, bytes: state.byteLength }, state);
    }
    const times: number[] = [];
    let count = 0;
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      const list = await storage.listVersions("m");
      JSON.stringify(list);
      times.push(performance.now() - t0);
      count = list.length;
    }
    return { ms: median(times), count };
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function restoring(): Promise<{ ms: number; cpuMs: number; restoreBytes: number; damageBytes: number; differenceBytes: number; differenceJsonBytes: number; stateBytes: number; wholeMs: number; wholeBytes: number }> {
  const big = makeBigJourney({ cards: 2000, seed: 13 });
  const storage = new MemoryStorage();
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const rooms = new Rooms(storage, silentLogger, new Metrics(), { ...ROOM_DEFAULTS, coalesceAwareness: true, unloadDelayMs: 60_000, keepaliveMs: 10_000 });
  const history = new History({ storage, rooms, log: silentLogger, clock });
  const state = stateOf(big);
  await storage.createMap({ id: "big", keyHashes: { owner: "a", editor: "b", viewer: "c" }, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" }, state);
  const version = await history.save("big", "named", { label: "good" });
  // The client holds the stored document (a journeyToDoc of its own would be another document with equal content).
  const client = new Y.Doc();
  Y.applyUpdate(client, state);
  const room = await rooms.acquire("big");
  if (!room || !version) throw new Error("no room");
  const times: number[] = [];
  const cpu: number[] = [];
  let restoreBytes = 0;
  let damageBytes = 0;
  let differenceBytes = 0;
  let differenceJsonBytes = 0;
  for (let r = 0; r < 5; r++) {
    // Damage: a stage's cards deleted and 20 titles changed, by a client.
    const sv = Y.encodeStateVector(client);
    const stage = big.stages[r % big.stages.length]?.id ?? "";
    applyCommands(client, [{ type: "deleteStage", id: stage }, ...big.cards.slice(100, 120).map((c) => ({ type: "updateCard" as const, id: c.id, patch: { title: `${c.title} (edited ${r})` } }))], "local");
    const damage = Y.encodeStateAsUpdate(client, sv);
    damageBytes = damage.byteLength;
    // The difference the restore must send back, as the journey file's JSON: the deleted stage,
    // its cards and the links that touched them (Yjs cannot revive a deleted item, so they are
    // sent again), and the 20 titles.
    const lost = big.cards.filter((c) => c.stageId === stage);
    const lostIds = new Set(lost.map((c) => c.id));
    differenceJsonBytes = JSON.stringify({
      stage: big.stages.find((s) => s.id === stage),
      cards: lost,
      links: (big.links ?? []).filter((l) => lostIds.has(l.from) || lostIds.has(l.to)),
      titles: big.cards.slice(100, 120).map((c) => ({ id: c.id, title: c.title })),
    }).length;
    // The same content as Yjs bytes: a document holding them, less one holding everything else.
    const without = { ...big, stages: big.stages.filter((s) => s.id !== stage), cards: big.cards.filter((c) => !lostIds.has(c.id)), links: (big.links ?? []).filter((l) => !lostIds.has(l.from) && !lostIds.has(l.to)) };
    differenceBytes = stateOf(big).byteLength - stateOf(without).byteLength;
    await room.submit(damage, { role: "editor" });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await history.restore("big", version.id, { role: "editor" });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    restoreBytes = result.bytes;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(client)));
  }
  // The worst case: every card differs (a PUT replaced the map with another 2,000-card one).
  const other = makeBigJourney({ cards: 2000, seed: 99 });
  const sv = Y.encodeStateVector(client);
  applyCommands(client, [{ type: "replaceJourney", journey: other }], "import");
  await room.submit(Y.encodeStateAsUpdate(client, sv), { role: "editor" });
  const t0 = performance.now();
  const whole = await history.restore("big", version.id, { role: "editor" });
  const wholeMs = performance.now() - t0;
  rooms.release(room);
  return { ms: median(times), cpuMs: median(cpu), restoreBytes, damageBytes, differenceBytes, differenceJsonBytes, stateBytes: state.byteLength, wholeMs, wholeBytes: whole.bytes };
}

/** 90 days, eight automatic versions each working day (one per hour 9-17), one named per week; retention after every save. */
function retention(): { auto: number; named: number; other: number } {
  let versions: VersionStamp[] = [];
  const start = Date.UTC(2026, 0, 5);
  let n = 0;
  for (let day = 0; day < 90; day++) {
    for (let hour = 9; hour < 17; hour++) {
      const at = start + day * 86_400_000 + hour * 3_600_000 + 25 * 60_000;
      const kinds: VersionStamp["kind"][] = ["auto", ...(hour === 12 && day % 7 === 0 ? (["named"] as const) : []), ...(hour === 15 && day % 10 === 0 ? (["beforeRestore"] as const) : [])];
      for (const kind of kinds) {
        versions.push({ id: `v${n++}`, at: new Date(at).toISOString(), kind });
        const drop = new Set(versionsToPrune(versions, at));
        versions = versions.filter((v) => !drop.has(v.id));
      }
    }
  }
  return {
    auto: versions.filter((v) => v.kind === "auto").length,
    named: versions.filter((v) => v.kind === "named").length,
    other: versions.filter((v) => v.kind !== "auto" && v.kind !== "named").length,
  };
}

/** Prints History's table. */
export default async function historyBench(): Promise<void> {
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores\n\n`);
  const example = stateOf(exampleJourney());
  const big = stateOf(makeBigJourney({ cards: 2000, seed: 13 }));
  const list = await listing(example);
  const restore = await restoring();
  const kept = retention();
  const keptCount = kept.auto + kept.named + kept.other;
  const rows = [
    ["list 1,000 versions (SQLite, budget 50 ms)", `${ms(list.ms)} (${list.count} listed)`],
    ["restore a 2,000-card map, one stage + 20 titles differ (budget 300 ms): wall, and CPU time of the process", `${ms(restore.ms)}, CPU ${ms(restore.cpuMs)}`],
    ["  its change to clients vs the damage it undoes vs the whole state", `${kb(restore.restoreBytes)} vs ${kb(restore.damageBytes)} vs ${kb(restore.stateBytes)}`],
    ["  the difference it restores (last round's stage, its cards and links; 20 titles): as Yjs bytes of its own, as journey-file JSON", `${kb(restore.differenceBytes)}, ${kb(restore.differenceJsonBytes)}`],
    ["restore a 2,000-card map after every card differs", `${ms(restore.wholeMs)}, change ${kb(restore.wholeBytes)}`],
    ["bytes per version: example map (17 cards)", kb(example.byteLength)],
    ["bytes per version: 2,000-card map", kb(big.byteLength)],
    ["kept after 90 days of daily editing (8 auto/day, 1 named/week, a restore every 10 days)", `${keptCount} versions: ${kept.auto} auto, ${kept.named} named, ${kept.other} beforeRestore`],
    ["  storage for those at the example / 2,000-card size", `${kb(keptCount * example.byteLength)} / ${kb(keptCount * big.byteLength)}`],
  ];
  process.stdout.write(`| measure | result |\n|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
}
