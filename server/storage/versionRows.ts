import type { VersionRecord } from "./Storage";

/** A `versions` row as SQLite and PostgreSQL return it (without its state). */
export interface VersionRow {
  id: string;
  doc_id: string;
  at: string;
  kind: string;
  meta: string;
  /** Bytes of the state (a number from either engine; `Number()` keeps a string from PostgreSQL right too). */
  bytes: number;
}

/** What `meta` holds: the record's fields that are not columns. */
type VersionMeta = Pick<VersionRecord, "label" | "by" | "authors" | "summary">;

/** The record a row stands for. */
export function versionOfRow(row: VersionRow): VersionRecord {
  const meta = JSON.parse(row.meta) as VersionMeta;
  return { id: row.id, docId: row.doc_id, at: row.at, kind: row.kind as VersionRecord["kind"], ...meta, bytes: Number(row.bytes) };
}

/** The `meta` column of `record`. */
export function versionMeta(record: VersionRecord): string {
  const meta: VersionMeta = { label: record.label, by: record.by, authors: record.authors, summary: record.summary };
  return JSON.stringify(meta);
}
