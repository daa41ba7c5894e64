import type Database from "better-sqlite3";
import type { ActivityEntry, VersionRecord } from "../Storage";
import { versionMeta, versionOfRow, type VersionRow } from "../versionRows";

/**
 * Versions and the activity log in SQLite (History): the `versions` table (one whole state per
 * row, metadata as JSON) and the `activity` table of schema step 3 (`sqliteSchema.ts`), both
 * keyed by document id. Synchronous, run
 * inside `SqliteStorage.run` for error wrapping (the methods mirror `HistoryStorage`).
 */
export class SqliteHistory {
  private readonly stmts;
  private readonly deleteTx;
  private readonly activityTx;

  constructor(db: Database.Database) {
    this.stmts = {
      insert: db.prepare("INSERT INTO versions (id, doc_id, at, kind, meta, bytes, state) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      list: db.prepare<[string], VersionRow>(
        "SELECT id, doc_id, at, kind, meta, bytes FROM versions WHERE doc_id = ? ORDER BY at DESC, n DESC",
      ),
      load: db.prepare<[string, string], VersionRow & { state: Buffer }>(
        "SELECT id, doc_id, at, kind, meta, bytes, state FROM versions WHERE doc_id = ? AND id = ?",
      ),
      deleteOne: db.prepare("DELETE FROM versions WHERE doc_id = ? AND id = ?"),
      deleteAll: db.prepare("DELETE FROM versions WHERE doc_id = ?"),
      insertActivity: db.prepare("INSERT INTO activity (doc_id, entry) VALUES (?, ?)"),
      trimActivity: db.prepare(
        "DELETE FROM activity WHERE doc_id = ? AND n NOT IN (SELECT n FROM activity WHERE doc_id = ? ORDER BY n DESC LIMIT ?)",
      ),
      listActivity: db.prepare<[string, number], { entry: string }>("SELECT entry FROM activity WHERE doc_id = ? ORDER BY n DESC LIMIT ?"),
      deleteActivity: db.prepare("DELETE FROM activity WHERE doc_id = ?"),
    };
    this.deleteTx = db.transaction((docId: string, ids: readonly string[]) =>
      ids.reduce((n, id) => n + this.stmts.deleteOne.run(docId, id).changes, 0),
    );
    this.activityTx = db.transaction((entry: ActivityEntry, keep: number) => {
      this.stmts.insertActivity.run(entry.docId, JSON.stringify(entry));
      this.stmts.trimActivity.run(entry.docId, entry.docId, keep);
    });
  }

  saveVersion(record: VersionRecord, state: Uint8Array): void {
    this.stmts.insert.run(record.id, record.docId, record.at, record.kind, versionMeta(record), state.byteLength, state);
  }

  listVersions(docId: string): VersionRecord[] {
    return this.stmts.list.all(docId).map(versionOfRow);
  }

  loadVersion(docId: string, versionId: string): { record: VersionRecord; state: Uint8Array } | null {
    const row = this.stmts.load.get(docId, versionId);
    return row ? { record: versionOfRow(row), state: new Uint8Array(row.state) } : null;
  }

  deleteVersions(docId: string, versionIds: readonly string[]): number {
    return this.deleteTx(docId, versionIds);
  }

  appendActivity(entry: ActivityEntry, keep: number): void {
    this.activityTx(entry, keep);
  }

  listActivity(docId: string, limit: number): ActivityEntry[] {
    return this.stmts.listActivity.all(docId, limit).map((r) => JSON.parse(r.entry) as ActivityEntry);
  }

  /** Deletes every version and activity entry of the document (inside the caller's transaction). */
  deleteAllOf(docId: string): void {
    this.stmts.deleteAll.run(docId);
    this.stmts.deleteActivity.run(docId);
  }
}
