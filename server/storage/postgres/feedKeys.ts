import type { FeedKeyRecord, FeedKeyStore } from "../FeedKeyStore";
import type { PostgresQuery } from "./workspaces";

interface Row {
  id: string;
  workspace_id: string;
  hash: string;
  label: string;
  created_at: string;
}

/** Feed keys in PostgreSQL (table `feed_keys`, postgresSchema.ts). */
export class PostgresFeedKeyStore implements FeedKeyStore {
  constructor(private readonly query: PostgresQuery) {}

  async add(k: FeedKeyRecord): Promise<void> {
    await this.query("feedKeys.add", "INSERT INTO feed_keys (id, workspace_id, hash, label, created_at) VALUES ($1, $2, $3, $4, $5)", [
      k.id,
      k.workspaceId,
      k.hash,
      k.label,
      k.createdAt,
    ]);
  }

  async list(workspaceId: string): Promise<FeedKeyRecord[]> {
    const { rows } = await this.query<Row>("feedKeys.list", "SELECT id, workspace_id, hash, label, created_at FROM feed_keys WHERE workspace_id = $1 ORDER BY created_at, id", [workspaceId]);
    return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, hash: r.hash, label: r.label, createdAt: r.created_at }));
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    const r = await this.query("feedKeys.revoke", "DELETE FROM feed_keys WHERE workspace_id = $1 AND id = $2", [workspaceId, id]);
    return (r.rowCount ?? 0) > 0;
  }

  async forgetWorkspace(workspaceId: string): Promise<void> {
    await this.query("feedKeys.forget", "DELETE FROM feed_keys WHERE workspace_id = $1", [workspaceId]);
  }
}
