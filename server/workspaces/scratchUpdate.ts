import * as Y from "yjs";

/** The scratch-copy update that `change` makes to `doc` (nothing when it changes nothing). */
export function scratchUpdate<T>(doc: Y.Doc, change: (scratch: Y.Doc) => T): { update: Uint8Array | null; result: T } {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(scratch);
    const result = change(scratch);
    const update = Y.encodeStateAsUpdate(scratch, before);
    // An update that carries no structs and no deletions is 2 bytes ([0, 0]).
    return { update: update.byteLength > 2 ? update : null, result };
  } finally {
    scratch.destroy();
  }
}
