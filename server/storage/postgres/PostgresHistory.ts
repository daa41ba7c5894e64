import type { ActivityEntry, HistoryStorage, VersionRecord } from "../Storage";
import type { PostgresQuery } from "./workspaces";
import { versionMeta, versionOfRow, type VersionRow } from "../versionRows";

/** Versions and the activity log in PostgreSQL (tables `versions` and `activity`, postgresSchema.ts step 5). */
export class PostgresHistory implements HistoryStorage {
  constructor(private readonly query: PostgresQuery) {}

  async saveVersion(record: VersionRecord, state: Uint8Array): Promise<void> {
    await this.query("saveVersion", "INSERT INTO versions (id, doc_id, at, kind, meta, bytes, state) VALUES ($1, $2, $3, $4, $5, $6, $7)", [
      record.id,
      record.docId,
      record.at,
      record.kind,
      versionMeta(record),
      state.byteLength,
      Buffer.from(state),
    ]);
  }

  async listVersions(docId: string): Promise<VersionRecord[]> {
    const { rows } = await this.query<VersionRow>("listVersions", "SELECT id, doc_id, at, kind, meta, bytes FROM versions WHERE doc_id = $1 ORDER BY at DESC, n DESC", [docId]);
    return rows.map(versionOfRow);
  }

  async loadVersion(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array } | null> {
    const { rows } = await this.query<VersionRow & { state: Buffer }>("loadVersion", "SELECT id, doc_id, at, kind, meta, bytes, state FROM versions WHERE doc_id = $1 AND id = $2", [docId, versionId]);
    const row = rows[0];
    return row ? { record: versionOfRow(row), state: new Uint8Array(row.state) } : null;
  }

  async deleteVersions(docId: string, versionIds: readonly string[]): Promise<number> {
    const r = await this.query("deleteVersions", "DELETE FROM versions WHERE doc_id = $1 AND id = ANY($2::text[])", [docId, [...versionIds]]);
    return r.rowCount ?? 0;
  }

  async appendActivity(entry: ActivityEntry, keep: number): Promise<void> {
    await this.query("appendActivity", "INSERT INTO activity (doc_id, entry) VALUES ($1, $2)", [entry.docId, JSON.stringify(entry)]);
    await this.query(
      "trimActivity",
      "DELETE FROM activity WHERE doc_id = $1 AND n NOT IN (SELECT n FROM activity WHERE doc_id = $1 ORDER BY n DESC LIMIT $2)",
      [entry.docId, keep],
    );
  }

  async listActivity(docId: string, limit: number): Promise<ActivityEntry[]> {
    const { rows } = await this.query<{ entry: string }>("listActivity", "SELECT entry FROM activity WHERE doc_id = $1 ORDER BY n DESC LIMIT $2", [docId, limit]);
    return rows.map((r) => JSON.parse(r.entry) as ActivityEntry);
  }

  /** Deletes every version and activity entry of the document. */
  async deleteAllOf(docId: string): Promise<void> {
    await this.query("deleteVersions", "DELETE FROM versions WHERE doc_id = $1", [docId]);
    await this.query("deleteActivity", "DELETE FROM activity WHERE doc_id = $1", [docId]);
  }
}
