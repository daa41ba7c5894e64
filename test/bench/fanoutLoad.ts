/**
 * The client side of the instances bench: raw WebSocket clients in rooms, each sending Yjs
 * updates at a fixed rate (one map key per client set to the send time), and probes that time
 * every update forwarded to them. The same clients and load for every server: Baton and the
 * stock y-websocket protocol frame a sync message as `[0][2][update]`; Hocuspocus (since 2.0)
 * puts the document's name in front of every message and wants an authentication message first.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";

/** Where one room's clients connect, and how that server frames messages. */
export interface RoomAddress {
  /** The socket URL of a client on instance `at`. */
  url(at: number): string;
  /** Hocuspocus's document name (every message starts with it), or `null` for the y-websocket framing. */
  readonly docName: string | null;
}

/** A server (or several instances of one) under test. */
export interface Target {
  readonly label: string;
  /** Instances the clients alternate over. */
  readonly instances: number;
  /** A new, empty room. */
  room(): Promise<RoomAddress>;
}

export interface LoadResult {
  /** Forwarding latencies (ms) where sender and receiver are on the same instance. */
  readonly same: number[];
  /** ... and where they are on different instances. */
  readonly other: number[];
  /** Updates sent per second while measuring. */
  readonly sentPerSecond: number;
}

const SYNC = 0;
const SYNC_UPDATE = 2;
const AUTH = 2;
const AUTH_TOKEN = 0;

function frame(docName: string | null, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  if (docName !== null) encoding.writeVarString(e, docName);
  write(e);
  return encoding.toUint8Array(e);
}

/** The update a forwarded sync message carries, or `null` for any other message. */
function updateOf(message: Buffer, docName: string | null): Uint8Array | null {
  const d = decoding.createDecoder(message);
  if (docName !== null && decoding.readVarString(d) !== docName) return null;
  if (decoding.readVarUint(d) !== SYNC || decoding.readVarUint(d) !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(d);
}

/** [sender index, sent at] of each stamp in `update` not written by `own`. */
function stamps(update: Uint8Array, own: number, senderOf: ReadonlyMap<number, number>): [number, number][] {
  const out: [number, number][] = [];
  for (const s of Y.decodeUpdate(update).structs) {
    if (!(s instanceof Y.Item) || !(s.content instanceof Y.ContentAny) || s.id.client === own) continue;
    const sender = senderOf.get(s.id.client);
    if (sender === undefined) continue;
    for (const v of s.content.arr) if (typeof v === "number") out.push([sender, v]);
  }
  return out;
}

/** A raw socket to `url`, open, delivering messages as Buffers. */
export function openWs(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.binaryType = "nodebuffer";
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

interface Client {
  readonly ws: WebSocket;
  readonly doc: Y.Doc;
  readonly key: string;
  readonly docName: string | null;
  /** Offset in [0, 1) that spreads the clients' sends over each period. */
  readonly phase: number;
  sent: number;
}

/**
 * `rooms` x `perRoom` clients spread over `target`'s instances (client c on instance c mod n),
 * each sending `rate` updates/s for `warmupMs` + `measureMs`; a fifth of each room (at least
 * two) are probes whose received updates are timed during `measureMs`.
 */
export async function runLoad(target: Target, rooms: number, perRoom: number, rate: number, warmupMs: number, measureMs: number): Promise<LoadResult> {
  const same: number[] = [];
  const other: number[] = [];
  let measuring = false;
  const clients: Client[] = [];
  const senderOf = new Map<number, number>();
  const probes = Math.max(2, Math.floor(perRoom / 5));
  for (let r = 0; r < rooms; r++) {
    const room = await target.room();
    for (let c = 0; c < perRoom; c++) {
      const at = c % target.instances;
      const ws = await openWs(room.url(at));
      if (room.docName !== null) ws.send(frame(room.docName, (e) => (encoding.writeVarUint(e, AUTH), encoding.writeVarUint(e, AUTH_TOKEN), encoding.writeVarString(e, ""))));
      const doc = new Y.Doc();
      senderOf.set(doc.clientID, c);
      if (c < probes) {
        ws.on("message", (data: Buffer) => {
          if (!measuring) return;
          const now = performance.now();
          const update = updateOf(data, room.docName);
          if (!update) return;
          for (const [sender, sent] of stamps(update, doc.clientID, senderOf)) (sender % target.instances === at ? same : other).push(now - sent);
        });
      }
      clients.push({ ws, doc, key: `s${r}-${c}`, docName: room.docName, phase: (clients.length % 10) / 10, sent: 0 });
    }
  }
  const started = performance.now();
  let sentWhileMeasuring = 0;
  const timer = setInterval(() => {
    const elapsed = performance.now() - started;
    for (const s of clients) {
      // Sends by elapsed time, not by timer ticks, so a late timer does not lower the rate.
      const due = Math.floor((elapsed / 1000) * rate + s.phase);
      while (s.sent < due) {
        s.sent++;
        if (measuring) sentWhileMeasuring++;
        const sv = Y.encodeStateVector(s.doc);
        s.doc.getMap("m").set(s.key, performance.now());
        const update = Y.encodeStateAsUpdate(s.doc, sv);
        s.ws.send(frame(s.docName, (e) => (encoding.writeVarUint(e, SYNC), encoding.writeVarUint(e, SYNC_UPDATE), encoding.writeVarUint8Array(e, update))));
      }
    }
  }, 5);
  await new Promise((r) => setTimeout(r, warmupMs));
  measuring = true;
  const from = performance.now();
  await new Promise((r) => setTimeout(r, measureMs));
  measuring = false;
  const seconds = (performance.now() - from) / 1000;
  clearInterval(timer);
  for (const s of clients) s.ws.close();
  await new Promise((r) => setTimeout(r, 500));
  return { same, other, sentPerSecond: sentWhileMeasuring / seconds };
}

/** The `p`th percentile (nearest rank), `NaN` for no samples. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/** The median of a few numbers (the repeats of one scenario), ignoring `NaN`. */
export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
