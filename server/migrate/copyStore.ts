import { isDeepStrictEqual } from "node:util";
import * as Y from "yjs";
import type { Logger } from "../log";
import { readJourney } from "../maps/mapContent";
import type { MapRecord, Storage, StoredDoc } from "../storage/Storage";
import type { DocKind } from "../storage/WorkspaceStore";
import { copyHistory } from "./copyHistory";

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
  /** Versions and activity entries created in the target (every document's; 0 on a second run). */
  readonly versions: number;
  /** Metric points copied (WK5; upserted by day, the source's value wins). */
  readonly points?: number;
  readonly activity: number;
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
 * Copies every map and workspace (record, key hashes, whole document; workspace membership in
 * order; the maps' projections; versions and activity, `copyHistory`) from one store to another (`npm run migrate`, S24). Idempotent: a map the target does not have is created with the
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
  let versions = 0;
  let activity = 0;
  const mismatched: string[] = [];
  const newer: string[] = [];
  // Workspaces first, then their maps in workspace order (so membership and order carry over), then the rest.
  const ids = await from.mapIds();
  const kinds = new Map<string, DocKind>();
  for (const id of ids) kinds.set(id, await from.workspaces.kindOf(id));
  const workspaces = ids.filter((id) => kinds.get(id)?.kind === "workspace");
  const inWorkspaces: string[] = [];
  for (const w of workspaces) inWorkspaces.push(...(await from.workspaces.mapsOf(w)));
  const seen = new Set([...workspaces, ...inWorkspaces]);
  const order = [...workspaces, ...inWorkspaces, ...ids.filter((id) => !seen.has(id))];
  const create = async (id: string, record: MapRecord, snapshot: Uint8Array): Promise<void> => {
    const kind = kinds.get(id);
    if (kind?.kind === "workspace") await to.workspaces.createWorkspace(record, snapshot, []);
    else if (kind?.kind === "map" && kind.workspaceId !== null) await to.workspaces.createMapIn(kind.workspaceId, record, snapshot);
    else await to.createMap(record, snapshot);
  };
  for (const id of order) {
    const record = await from.getMap(id);
    const stored = await from.loadDoc(id);
    if (!record || !stored) continue; // deleted while copying
    const source = docOf(stored);
    try {
      const existing = await to.loadDoc(id);
      const targetRecord = await to.getMap(id);
      if (!existing || !targetRecord) {
        await create(id, record, Y.encodeStateAsUpdate(source));
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
    // Versions and activity (H1): what the target lacks, by version id and by entry.
    const history = await copyHistory(from, to, id);
    versions += history.versions;
    activity += history.activity;
    log.info("migrate.map", { map: id, versions: history.versions, activity: history.activity });
  }
  // Projections (the cross-journey summaries): a newer one in the target is kept.
  for (const w of workspaces) for (const p of await from.workspaces.projectionsOf(w)) await to.workspaces.putProjection(p);
  // Metric points (WK5), and the start-up move's to-do list (WK8): documents the source has not
  // moved yet still hold points; the target's next start moves them.
  let points = 0;
  for (const w of workspaces) {
    const all = await from.metricPoints.all(w);
    if (all.size > 0) await to.metricPoints.upsertMany(w, all);
    for (const list of all.values()) points += list.length;
  }
  const pending = new Set(workspaces);
  await to.metricPoints.queueMove((await from.metricPoints.pendingMoves()).filter((w) => pending.has(w)));
  return { copied, merged, unchanged, mismatched, newer, versions, activity, points };
}
