import type * as Y from "yjs";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { Rooms } from "./Rooms";
import { materialize } from "./roomState";

/**
 * Reads a map's document: the loaded room's when there is one (it is exactly what is stored),
 * else a throwaway document built from the store, so a read never loads a room. `null` when
 * the map does not exist. `read` must not write. A stored update that cannot be read is
 * skipped and logged: the read gets everything else (S45).
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
  const { doc, failure } = materialize(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
  if (failure) app.log.error("map.state_unreadable", { room: id, message: failure });
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}
