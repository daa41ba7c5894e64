import * as Y from "yjs";

/** A new snapshot did not decode in a fresh document; the log it would replace is kept. */
export class UnreadableSnapshot extends Error {
  override readonly name = "UnreadableSnapshot";
}

/**
 * Builds a document from stored updates (a snapshot first, then the log), skipping any that
 * does not decode or apply: everything readable is served, and `failure` says what was not
 * (S45). Yjs decodes an update whole before integrating it, so a failed one changes nothing.
 */
export function materialize(parts: readonly Uint8Array[]): { doc: Y.Doc; failure: string | null } {
  const doc = new Y.Doc();
  let failure: string | null = null;
  doc.transact(() => {
    for (const u of parts) {
      try {
        Y.applyUpdate(doc, u);
      } catch (err) {
        failure ??= (err as Error).message;
      }
    }
  });
  return { doc, failure };
}

/**
 * Returns `state` once it has decoded and applied in a fresh document, so a snapshot that could
 * not be read back is never written over the log it covers (S9). Throws `UnreadableSnapshot`.
 */
export function verifiedState(state: Uint8Array): Uint8Array {
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, state);
    return state;
  } catch (err) {
    throw new UnreadableSnapshot(`the new snapshot does not decode: ${(err as Error).message}`);
  } finally {
    probe.destroy();
  }
}
