import { ACTIVITY_KEEP } from "../history/BurstTracker";
import type { ActivityEntry, Storage } from "../storage/Storage";

/** What copying one document's history did. */
export interface HistoryCopy {
  /** Versions created in the target. */
  readonly versions: number;
  /** Activity entries appended to the target. */
  readonly activity: number;
}

/** An activity entry's identity: the same burst has the same document, times, writers and summary. */
function entryKey(e: ActivityEntry): string {
  return JSON.stringify([e.docId, e.from, e.at, e.authors, e.summary]);
}

/**
 * Copies a document's versions and activity log from one store to another (`npm run migrate`,
 * S24, H1), idempotently: a version is copied when the target has no version of that id (its
 * record and state as they are, oldest first, so versions saved in the same millisecond keep
 * their order); an activity entry when the target has no equal entry (oldest first, keeping the
 * newest `ACTIVITY_KEEP`). Retention is not run: the next save on the target prunes as usual.
 */
export async function copyHistory(from: Storage, to: Storage, docId: string): Promise<HistoryCopy> {
  const have = new Set((await to.listVersions(docId)).map((v) => v.id));
  let versions = 0;
  for (const record of (await from.listVersions(docId)).reverse()) {
    if (have.has(record.id)) continue;
    const found = await from.loadVersion(docId, record.id);
    if (!found) continue; // pruned meanwhile
    await to.saveVersion(found.record, found.state);
    versions++;
  }
  const known = new Set((await to.listActivity(docId, ACTIVITY_KEEP)).map(entryKey));
  let activity = 0;
  for (const entry of (await from.listActivity(docId, ACTIVITY_KEEP)).reverse()) {
    if (known.has(entryKey(entry))) continue;
    await to.appendActivity(entry, ACTIVITY_KEEP);
    activity++;
  }
  return { versions, activity };
}
