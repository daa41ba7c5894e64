/**
 * What a room needs of a socket. The `ws` adapter (`wsTransport.ts`) implements it for real
 * sockets; tests drive a room through an in-memory pair. The room never sees the transport.
 */
export interface RoomSocket {
  /** Queues one binary message. */
  send(data: Uint8Array): void;
  /** Closes with a WebSocket close code and a short reason (at most 123 bytes). */
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written to the network (backpressure, S4). */
  readonly bufferedAmount: number;
}

/**
 * What a key lets its holder do (api.md, "Maps and keys"; `participant` is Baton's, API-RULES.md
 * P1-P6: reads like a viewer, may also vote and comment, never changes the map).
 */
export type Role = "owner" | "editor" | "participant" | "viewer";

/** `true` when `role` may do what `needed` may. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  const rank: Record<Role, number> = { viewer: 0, participant: 1, editor: 2, owner: 3 };
  return rank[role] >= rank[needed];
}
