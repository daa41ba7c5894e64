import * as Y from "yjs";
import { META } from "../../shared/doc/layout";

/**
 * The first document state of a new map with only a title, as one Yjs update. It writes
 * `meta.title` exactly as shared/doc/LAYOUT.md lays it out.
 */
export function titleOnlyUpdate(title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => doc.getMap(META).set("title", title), "server");
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The map's title as the document holds it (`""` when missing or not a string). */
export function readTitle(doc: Y.Doc): string {
  try {
    const t = doc.getMap(META).get("title");
    return typeof t === "string" ? t : "";
  } catch {
    return "";
  }
}
