import type * as Y from "yjs";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { Rooms } from "./Rooms";
import { SharedDocReads } from "./SharedDocReads";

/** The shared reads of each store (WA21): one per store, so apps in one process never share documents. */
const sharedReads = new WeakMap<Storage, SharedDocReads>();

/** The shared reads of `app`'s store (WA21), made on first use. */
export function sharedDocReads(app: { storage: Storage; log: Logger }): SharedDocReads {
  let reads = sharedReads.get(app.storage);
  if (!reads) {
    reads = new SharedDocReads(app.storage, app.log);
    sharedReads.set(app.storage, reads);
  }
  return reads;
}

/**
 * Reads a map's document: the loaded room's when there is one (it is exactly what is stored),
 * else a document built from the store and shared by the reads of the same stored sequence
 * (WA21), so a read never loads a room. `null` when the map does not exist. `read` must not
 * write. A stored update that cannot be read is skipped and logged: the read gets everything
 * else (S45).
 */
export async function withDoc<T>(
  app: { rooms: Rooms; storage: Storage; log: Logger },
  id: string,
  read: (doc: Y.Doc) => T,
): Promise<T | null> {
  const room = app.rooms.peek(id);
  if (room && !room.dead) return read(room.doc);
  return sharedDocReads(app).read(id, read);
}
