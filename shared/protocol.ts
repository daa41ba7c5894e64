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
 *    failure or shutdown, the server closes the socket with one of `CLOSE` below.
 */

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

/** Close codes of a sync socket. 1xxx are WebSocket standard codes, 4xxx are Baton's. */
export const CLOSE = {
  /** The server is shutting down; the client should reconnect later. */
  goingAway: 1001,
  /** A message larger than the limit (2 MiB by default). */
  messageTooBig: 1009,
  /** A message that cannot be decoded, or that breaks the protocol. */
  malformed: 4400,
  /** No key, or a wrong key. */
  unauthorized: 4401,
  /** The key is right but its role is too small for what was asked. */
  forbidden: 4403,
  /** The map was deleted. */
  mapDeleted: 4404,
  /** The map's keys were replaced; this socket's key no longer works. */
  keysReplaced: 4409,
  /** Too many connections from one address. */
  tooManyConnections: 4429,
  /** Storing an update failed; nothing unstored was forwarded or acknowledged. */
  storageFailed: 4500,
} as const;
export type CloseName = keyof typeof CLOSE;
export type CloseCode = (typeof CLOSE)[CloseName];
