/**
 * Several instances (issue 15 budgets): fan-out latency p50/p99 for receivers on the SAME
 * instance as the sender and on a DIFFERENT one, with two instances on PostgreSQL + Redis,
 * next to one SQLite instance in the same run, at 1 x 50 and 20 x 10 clients, each sending
 * 10 updates/s. Clients alternate between the instances. Reported, never asserted.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { startPostgres } from "../support/postgres";
import { startRedis } from "../support/redis";
import { createMap, startServer, type RunningServer } from "../support/server";
import { printTable } from "./printTable";

const SCENARIO_MS = Number(process.env.BENCH_SCENARIO_MS ?? 8_000);
const WARMUP_MS = 1_500;

const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

function syncUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/**
 * [sender client index, sent at] of each stamp a forwarded update carries, except `own`'s. The
 * sender is found by its Yjs client id (an item after the first of its key encodes no key).
 */
function stamps(message: Buffer, own: number, senderOf: ReadonlyMap<number, number>): [number, number][] {
  if (message[0] !== 0 || message[1] !== 2) return [];
  const d = decoding.createDecoder(message);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  const out: [number, number][] = [];
  for (const s of Y.decodeUpdate(decoding.readVarUint8Array(d)).structs) {
    if (s instanceof Y.Item && s.content instanceof Y.ContentAny && s.id.client !== own) {
      const sender = senderOf.get(s.id.client);
      if (sender === undefined) continue;
      for (const v of s.content.arr) if (typeof v === "number") out.push([sender, v]);
    }
  }
  return out;
}

function openWs(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.binaryType = "nodebuffer";
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** Clients alternate over `servers`; samples split by whether sender and receiver share one. */
async function fanOut(servers: readonly RunningServer[], rooms: number, perRoom: number): Promise<{ same: number[]; other: number[] }> {
  const same: number[] = [];
  const other: number[] = [];
  let measuring = false;
  const senders: { ws: WebSocket; doc: Y.Doc; key: string; slot: number }[] = [];
  const senderOf = new Map<number, number>();
  const probes = Math.max(2, Math.floor(perRoom / 5));
  for (let r = 0; r < rooms; r++) {
    const map = await createMap((servers[0] as RunningServer).url);
    for (let c = 0; c < perRoom; c++) {
      const at = c % servers.length;
      const ws = await openWs(`${(servers[at] as RunningServer).url.replace("http", "ws")}/sync/${map.id}?k=${map.editKey}`);
      const key = `s${r}-${c}`;
      const doc = new Y.Doc();
      senderOf.set(doc.clientID, c);
      if (c < probes) {
        ws.on("message", (data: Buffer) => {
          if (!measuring) return;
          const now = performance.now();
          for (const [sender, sent] of stamps(data, doc.clientID, senderOf)) (sender % servers.length === at ? same : other).push(now - sent);
        });
      }
      senders.push({ ws, doc, key, slot: senders.length % 10 });
    }
  }
  let tick = 0;
  const timer = setInterval(() => {
    const slot = tick++ % 10;
    for (const s of senders) {
      if (s.slot !== slot) continue;
      const sv = Y.encodeStateVector(s.doc);
      s.doc.getMap("m").set(s.key, performance.now());
      s.ws.send(syncUpdate(Y.encodeStateAsUpdate(s.doc, sv)));
    }
  }, 10);
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  measuring = true;
  await new Promise((r) => setTimeout(r, SCENARIO_MS));
  measuring = false;
  clearInterval(timer);
  for (const s of senders) s.ws.close();
  await new Promise((r) => setTimeout(r, 500));
  return { same, other };
}

const ms = (x: number): string => (Number.isNaN(x) ? "-" : x.toFixed(1));

export default async function instancesBench(): Promise<void> {
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const url = await pg.createDatabase("bench");
  const env = { BATON_STORAGE: "postgres", BATON_DATABASE_URL: url, BATON_REDIS_URL: redis.url, BATON_CONNECT_LIMIT: "1000000" };
  const a = await startServer({ env });
  const b = await startServer({ env });
  const sqlite = await startServer({ env: { BATON_CONNECT_LIMIT: "1000000" } });
  const rows: string[][] = [];
  try {
    for (const [rooms, perRoom] of [[1, 50], [20, 10]] as const) {
      const one = await fanOut([sqlite], rooms, perRoom);
      rows.push([`${rooms} x ${perRoom}`, "1 instance, SQLite", ms(pct(one.same, 50)), ms(pct(one.same, 99)), "-", "-", String(one.same.length)]);
      const two = await fanOut([a, b], rooms, perRoom);
      rows.push([`${rooms} x ${perRoom}`, "2 instances, PostgreSQL + Redis", ms(pct(two.same, 50)), ms(pct(two.same, 99)), ms(pct(two.other, 50)), ms(pct(two.other, 99)), String(two.same.length + two.other.length)]);
    }
  } finally {
    await Promise.allSettled([a.stop(), b.stop(), sqlite.stop()]);
    await Promise.allSettled([redis.stop(), pg.stop()]);
  }
  printTable(["clients", "setup", "same p50 ms", "same p99 ms", "other p50 ms", "other p99 ms", "samples"], rows);
  console.log("\nEvery client sends 10 updates/s; 'same' = receiver on the sender's instance, 'other' = on another one (through Redis, after the PostgreSQL commit).");
}
