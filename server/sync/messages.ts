import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from "../../shared/protocol";
import { jsonTextTooDeep } from "./jsonDepth";

/** y-protocols' sync sub-types (y-protocols/sync.js numbers them the same). */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** One decoded client message. Everything else closes the socket (CLOSE.malformed). */
export type ClientMessage =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "syncStep2"; update: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "queryAwareness" };

/** A message that cannot be decoded; its message becomes the close reason. */
export class MalformedMessage extends Error {
  override readonly name = "MalformedMessage";
}

/** Decodes one message from a client; throws `MalformedMessage` (never anything else). */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    switch (type) {
      case MESSAGE_SYNC: {
        const sub = decoding.readVarUint(d);
        const payload = decoding.readVarUint8Array(d);
        if (sub === SYNC_STEP1) return { kind: "syncStep1", stateVector: payload };
        if (sub === SYNC_STEP2) return { kind: "syncStep2", update: payload };
        if (sub === SYNC_UPDATE) return { kind: "update", update: payload };
        throw new MalformedMessage(`unknown sync message ${sub}`);
      }
      case MESSAGE_AWARENESS:
        return { kind: "awareness", update: decoding.readVarUint8Array(d) };
      case MESSAGE_QUERY_AWARENESS:
        return { kind: "queryAwareness" };
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  } catch (err) {
    if (err instanceof MalformedMessage) throw err;
    throw new MalformedMessage(`undecodable message: ${(err as Error).message}`);
  }
}

/** `messageSync` + sub-type + payload, as y-protocols writes it. */
export function encodeSync(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** `messageAwareness` around an encoded awareness update. */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/**
 * The keepalive: an awareness update about zero clients. The stock client counts any message
 * as a sign of life (its 30 s timeout), and applying an empty awareness update changes nothing.
 */
export const KEEPALIVE = encodeAwareness(Uint8Array.of(0));

/** One entry of an awareness update, decoded but not applied. */
export interface AwarenessEntry {
  readonly clientID: number;
  readonly clock: number;
  /** The state as the JSON text it arrived in (`"null"` for a removal), re-sent as it is. */
  readonly json: string;
  /** `true` when the state is `null` (the client is gone or cleared its state). */
  readonly removed: boolean;
  /** The state's `user.name` when it is a non-blank string (for the after-commit hook's authors). */
  readonly userName: string | null;
}

/**
 * Decodes a whole awareness update before anything of it is applied, so a bad entry in the
 * middle cannot leave half of it applied. Each state must be JSON for an object or `null`,
 * nested at most `maxDepth` deep (checked on the text, before parsing, without recursion).
 * How many entries a message carries is not limited here: an honest client relays everyone
 * in the room (S17); the message size bounds the work. Throws `MalformedMessage`.
 */
export function decodeAwarenessUpdate(update: Uint8Array, maxDepth: number): AwarenessEntry[] {
  try {
    const d = decoding.createDecoder(update);
    const n = decoding.readVarUint(d);
    if (n > update.byteLength) throw new MalformedMessage(`awareness update with ${n} clients in ${update.byteLength} bytes`);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < n; i++) {
      const clientID = decoding.readVarUint(d);
      const clock = decoding.readVarUint(d);
      const json = decoding.readVarString(d);
      // Clocks stay below 2^53 - 1 so the removal's clock + 1 is still exact.
      if (!Number.isSafeInteger(clientID) || !Number.isSafeInteger(clock + 1)) throw new MalformedMessage("awareness id out of range");
      if (jsonTextTooDeep(json, maxDepth)) throw new MalformedMessage("awareness state nested too deep");
      const state: unknown = JSON.parse(json);
      if (state !== null && (typeof state !== "object" || Array.isArray(state))) {
        throw new MalformedMessage("awareness state is not an object");
      }
      const user = (state as { user?: { name?: unknown } } | null)?.user;
      const userName = user && typeof user.name === "string" && user.name.trim() !== "" ? user.name : null;
      entries.push({ clientID, clock, json, removed: state === null, userName });
    }
    return entries;
  } catch (err) {
    if (err instanceof MalformedMessage) throw err;
    throw new MalformedMessage(`undecodable awareness update: ${(err as Error).message}`);
  }
}

/** Encodes awareness entries as y-protocols does (count, then id, clock, JSON text each). */
export function encodeAwarenessEntries(entries: Iterable<{ readonly clientID: number; readonly clock: number; readonly json: string }>): Uint8Array {
  const e = encoding.createEncoder();
  const list = [...entries];
  encoding.writeVarUint(e, list.length);
  for (const entry of list) {
    encoding.writeVarUint(e, entry.clientID);
    encoding.writeVarUint(e, entry.clock);
    encoding.writeVarString(e, entry.json);
  }
  return encoding.toUint8Array(e);
}
