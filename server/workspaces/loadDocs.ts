import type * as Y from "yjs";
import type { AppContext } from "../http/Route";
import { docFromStored } from "../sync/Rooms";

/** A map's document for a whole-workspace read (the export), and how to let it go. */
export interface LoadedDoc {
  readonly id: string;
  readonly doc: Y.Doc;
  release(): void;
}

/** The documents of `ids` (loaded rooms' as they are, else built from the store); missing maps are left out. */
export async function loadDocs(app: Pick<AppContext, "rooms" | "storage" | "log">, ids: readonly string[]): Promise<LoadedDoc[]> {
  const out: LoadedDoc[] = [];
  for (const id of ids) {
    const room = app.rooms.peek(id);
    if (room && !room.dead) {
      out.push({ id, doc: room.doc, release: () => undefined });
      continue;
    }
    const stored = await app.storage.loadDoc(id);
    if (!stored) continue;
    const doc = docFromStored(stored, app.log, id);
    out.push({ id, doc, release: () => doc.destroy() });
  }
  return out;
}
