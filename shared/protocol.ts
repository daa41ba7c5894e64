/**
 * Baton's own additions to the y-websocket protocol, and the close codes of a sync socket.
 *
 * The message flow on `ws://HOST:PORT/sync/<id>?k=<key>[&ack=1]`:
 *
 * 1. The server checks the room id, the key and the Origin before the upgrade (HTTP 400, 401,
 *    403, 404), so a refused client never gets a socket.
 * 2. The room is loaded from storage, then the server sends sync step 1 (its state vector) and
 *    the current awareness states. The client answers with sync step 2 and its own step 1; the
 *    server answers with step 2. From here on both sides send `update` messages (y-protocols
 *    `messageYjsUpdate` inside `messageSync`) and awareness updates, exactly as the stock
 *    y-websocket server does.
 * 3. Every document update is committed to storage before it is forwarded to anyone
 *    (api.md, durability). The updates of one event-loop tick share one commit.
 * 4. A socket opened with `ack=1` also receives `MESSAGE_SAVED` each time updates it sent are
 *    committed. A stock client never asks, so never sees a message type it does not know.
 * 5. On a protocol violation, an oversize message, a revoked key, a deleted map, a storage
 *    failure, a socket too far behind (backpressure) or shutdown, the server closes the socket
 *    with one of `CLOSE` below. Refusals before the upgrade are plain HTTP answers.
 *
 * Which codes end a session: the stock `y-websocket` client treats 4400-4499 as FINAL (it stops
 * reconnecting and emits `closed`) and retries every other code with backoff. So 44xx is used
 * only where reconnecting cannot help (a broken client, a revoked key, a deleted map), and every
 * condition a client recovers from by reconnecting uses a code outside it: 1001, 4500, 4508.
 * 1009 is retried by the stock client too; the page treats it as final and offers the unsent
 * work as a file (a message that large will be refused again).
 */

import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** y-protocols / y-websocket message types, as the stock server numbers them. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/**
 * Baton's saved-notice, sent only to sockets that connected with `ack=1`.
 * Layout (lib0 encoding): `varUint(MESSAGE_SAVED)`, `varUint(n)`, then n pairs
 * `varUint(clientID), varUint(clock)`: for each Yjs client id whose structs this socket sent,
 * every struct with a clock below `clock` is committed to storage. The page shows "Saved" when
 * the pair for its own `doc.clientID` reaches its local state vector's clock.
 */
export const MESSAGE_SAVED = 100;

/**
 * Baton's workspace-changed notice, sent only on a workspace socket opened with `live=1`
 * (`/sync/w/<id>?k=<key>&live=1`, API-RULES.md WA12). Layout (lib0 encoding):
 * `varUint(MESSAGE_WORKSPACE_CHANGED)`, then `varString(json)` where json is
 * `{"maps": ["<mapId>", ...]}`: the maps whose projection changed since the last notice
 * (coalesced, at most about 5 per second), plus `"workspace": true` when the workspace document
 * itself changed (its directory, which every view reads). A stock client never asks, so never gets it.
 */
export const MESSAGE_WORKSPACE_CHANGED = 101;

/** What a `MESSAGE_WORKSPACE_CHANGED` notice says. */
export interface WorkspaceChanged {
  readonly maps: readonly string[];
  readonly workspace?: true;
}

/** Encodes a `MESSAGE_WORKSPACE_CHANGED` notice. */
export function encodeWorkspaceChanged(change: WorkspaceChanged): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_WORKSPACE_CHANGED);
  encoding.writeVarString(encoder, JSON.stringify(change));
  return encoding.toUint8Array(encoder);
}

/** Decodes a `MESSAGE_WORKSPACE_CHANGED` notice; `null` when `bytes` is not one. */
export function decodeWorkspaceChanged(bytes: Uint8Array): WorkspaceChanged | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== MESSAGE_WORKSPACE_CHANGED) return null;
    const value = JSON.parse(decoding.readVarString(decoder)) as WorkspaceChanged;
    return typeof value === "object" && value !== null && Array.isArray(value.maps) ? value : null;
  } catch {
    return null;
  }
}

/** The largest sync message the server accepts from a viewer (api.md: 2 MiB); larger closes with 1009. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/**
 * The largest sync message the server accepts from an editor or owner (S41). A stock client
 * sends everything it changed offline as ONE sync step 2 when it reconnects, so api.md's 2 MiB
 * would refuse an afternoon of offline work for good (1009, retried in a loop). 32 MiB holds
 * far more than a 20,000-card map; beyond it the page stops retrying and offers the unsent
 * work as a file.
 */
export const MAX_EDITOR_MESSAGE_BYTES = 32 * 1024 * 1024;

/** One `(clientID, clock)` pair of a saved-notice: every struct of `clientID` below `clock` is stored. */
export interface SavedClock {
  readonly clientID: number;
  readonly clock: number;
}

/**
 * Encodes a `MESSAGE_SAVED` notice (layout above) as bytes of lib0 var-uints.
 * @param pairs the clients whose stored clocks advanced
 */
export function encodeSavedNotice(pairs: readonly SavedClock[]): Uint8Array {
  const out: number[] = [];
  const writeVarUint = (n: number): void => {
    while (n > 0x7f) {
      out.push(0x80 | (n % 0x80));
      n = Math.floor(n / 0x80);
    }
    out.push(n);
  };
  writeVarUint(MESSAGE_SAVED);
  writeVarUint(pairs.length);
  for (const p of pairs) {
    writeVarUint(p.clientID);
    writeVarUint(p.clock);
  }
  return Uint8Array.from(out);
}

/**
 * Decodes a `MESSAGE_SAVED` notice. Returns `null` when `bytes` is not one (another message type,
 * or truncated), so a reader can try it first and fall back to y-protocols.
 * @param bytes one whole message as received
 */
export function decodeSavedNotice(bytes: Uint8Array): SavedClock[] | null {
  let pos = 0;
  const readVarUint = (): number | null => {
    let n = 0;
    let mult = 1;
    while (pos < bytes.length) {
      const b = bytes[pos++] as number;
      n += (b & 0x7f) * mult;
      if (b < 0x80) return n;
      mult *= 0x80;
      if (mult > 2 ** 53) return null;
    }
    return null;
  };
  if (readVarUint() !== MESSAGE_SAVED) return null;
  const count = readVarUint();
  if (count === null || count > bytes.length) return null;
  const pairs: SavedClock[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = readVarUint();
    const clock = readVarUint();
    if (clientID === null || clock === null) return null;
    pairs.push({ clientID, clock });
  }
  return pos === bytes.length ? pairs : null;
}

/** Close codes of a sync socket. 1xxx are WebSocket standard codes, 4xxx are Baton's. */
export const CLOSE = {
  /** The server is shutting down; the client should reconnect later. */
  goingAway: 1001,
  /**
   * A message larger than the limit: 2 MiB from a viewer, `MAX_EDITOR_MESSAGE_BYTES` from an
   * editor (the `ws` library closes with this standard code). Retried by the stock client;
   * final for the page, which offers the unsent work as a file.
   */
  messageTooBig: 1009,
  /** A message that cannot be decoded, or that breaks the protocol. Final. */
  malformed: 4400,
  /** No key, or a wrong key. */
  unauthorized: 4401,
  /** The key is right but its role is too small for what was asked. */
  forbidden: 4403,
  /** The map was deleted. */
  mapDeleted: 4404,
  /** The map's keys were replaced; this socket's key no longer works. */
  keysReplaced: 4409,
  /**
   * The socket fell too far behind: more than the server's send-buffer bound (4 MiB by
   * default) was queued for it beyond the largest single message it was sent (S51). Retried (outside 4400-4499; it was 4408, which the stock
   * client took as final, so a slow client never came back): sync step 1/2 then sends only
   * what it misses, which never costs more than the document itself.
   */
  tooFarBehind: 4508,
  /** Too many connections from one address. */
  tooManyConnections: 4429,
  /** Storing an update failed; nothing unstored was forwarded or acknowledged. Retried. */
  storageFailed: 4500,
} as const;
export type CloseName = keyof typeof CLOSE;
export type CloseCode = (typeof CLOSE)[CloseName];
