import { isDeepStrictEqual } from "node:util";
import * as Y from "yjs";
import type { Logger } from "../log";
import { readJourney } from "../maps/mapContent";
import type { Storage, StoredDoc } from "../storage/Storage";

/** What one copy run did. */
export interface CopyReport {
  /** Maps created in the target. */
  readonly copied: number;
  /** Maps the target had already, to which the source's newer edits were appended. */
  readonly merged: number;
  /** Maps the target already held completely. */
  readonly unchanged: number;
  /** Maps the target does not hold completely after the copy (must be empty). */
  readonly mismatched: readonly string[];
  /** Maps the target holds completely but with edits of its own since an earlier run (their exports differ). */
  readonly newer: readonly string[];
}

function docOf(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc();
  for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
    try {
      Y.applyUpdate(doc, u);
    } catch {
      // skipped on every load too (S14)
    }
  }
  return doc;
}

/** Whether applying `update` to `doc` would change nothing (tried on a copy). */
function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.snapshot(copy);
  Y.applyUpdate(copy, update);
  const same = Y.equalSnapshots(before, Y.snapshot(copy));
  copy.destroy();
  return same;
}

/**
 * Copies every map (record, key hashes, whole document) from one store to another
 * (`npm run migrate`, S24). Idempotent: a map the target does not have is created with the
 * source's whole state as its snapshot; a map it has keeps its record and key hashes (the
 * target may have replaced them since) and gets only what the source holds beyond it, appended
 * as one update; a map already complete is left alone. Then every map is verified: the target
 * must hold all of the source's document, and (unless it has edits of its own since an earlier
 * run) export the same journey file as `GET /api/maps/:id/export.json` gives it.
 */
export async function copyStore(from: Storage, to: Storage, log: Logger): Promise<CopyReport> {
  let copied = 0;
  let merged = 0;
  let unchanged = 0;
  const mismatched: string[] = [];
  const newer: string[] = [];
  for (const id of await from.mapIds()) {
    const record = await from.getMap(id);
    const stored = await from.loadDoc(id);
    if (!record || !stored) continue; // deleted while copying
    const source = docOf(stored);
    try {
      const existing = await to.loadDoc(id);
      const targetRecord = await to.getMap(id);
      if (!existing || !targetRecord) {
        await to.createMap(record, Y.encodeStateAsUpdate(source));
        copied++;
      } else {
        const target = docOf(existing);
        const missing = Y.encodeStateAsUpdate(source, Y.encodeStateVector(target));
        if (changesNothing(target, missing)) unchanged++;
        else {
          await to.appendUpdates(id, [missing], record.updatedAt > targetRecord.updatedAt ? record.updatedAt : targetRecord.updatedAt);
          merged++;
        }
        target.destroy();
      }
      // Verify: the target holds all of the source; with nothing newer of its own, it exports the same journey.
      const after = await to.loadDoc(id);
      const copy = after ? docOf(after) : null;
      if (!copy || !changesNothing(copy, Y.encodeStateAsUpdate(source))) mismatched.push(id);
      else if (!isDeepStrictEqual(readJourney(copy), readJourney(source))) newer.push(id);
      copy?.destroy();
    } finally {
      source.destroy();
    }
    log.info("migrate.map", { map: id });
  }
  return { copied, merged, unchanged, mismatched, newer };
}
