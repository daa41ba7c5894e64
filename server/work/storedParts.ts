import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { Rooms } from "../sync/Rooms";

/**
 * A map's state as the updates that make it, for a worker thread to read (S47, S54): the loaded
 * room's state parts (its cached whole state, or the last one and the updates applied since,
 * `RoomLog.stateParts`), else the stored snapshot and log as they are, so a read never loads a
 * room (like `withDoc`). `null` when the map does not exist.
 */
export async function storedParts(app: { rooms: Rooms; storage: Storage; log: Logger }, id: string): Promise<Uint8Array[] | null> {
  const room = app.rooms.peek(id);
  if (room && !room.dead) return room.log.stateParts();
  const stored = await app.storage.loadDoc(id);
  if (!stored) return null;
  return stored.snapshot ? [stored.snapshot, ...stored.updates] : [...stored.updates];
}
