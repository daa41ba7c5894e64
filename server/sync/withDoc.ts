import type * as Y from "yjs";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import { docFromStored, type Rooms } from "./Rooms";

/**
 * Reads a map's document: the loaded room's when there is one (it is exactly what is stored),
 * else a throwaway document built from the store, so a read never loads a room. `null` when
 * the map does not exist. `read` must not write.
 */
export async function withDoc<T>(
  app: { rooms: Rooms; storage: Storage; log: Logger },
  id: string,
  read: (doc: Y.Doc) => T,
): Promise<T | null> {
  const room = app.rooms.peek(id);
  if (room && !room.dead) return read(room.doc);
  const stored = await app.storage.loadDoc(id);
  if (!stored) return null;
  const doc = docFromStored(stored, app.log, id);
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}
