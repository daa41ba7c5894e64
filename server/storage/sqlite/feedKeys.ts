import type Database from "better-sqlite3";
import { StorageError } from "../Storage";
import type { FeedKeyRecord, FeedKeyStore } from "../FeedKeyStore";

interface Row {
  id: string;
  workspace_id: string;
  hash: string;
  label: string;
  created_at: string;
}

const toRecord = (r: Row): FeedKeyRecord => ({ id: r.id, workspaceId: r.workspace_id, hash: r.hash, label: r.label, createdAt: r.created_at });

/** Feed keys in SQLite (table `feed_keys`, schema step "feed keys", sqliteSchema.ts). */
export class SqliteFeedKeyStore implements FeedKeyStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      add: db.prepare("INSERT INTO feed_keys (id, workspace_id, hash, label, created_at) VALUES (?, ?, ?, ?, ?)"),
      list: db.prepare<[string], Row>("SELECT id, workspace_id, hash, label, created_at FROM feed_keys WHERE workspace_id = ? ORDER BY created_at, id"),
      revoke: db.prepare("DELETE FROM feed_keys WHERE workspace_id = ? AND id = ?"),
      forget: db.prepare("DELETE FROM feed_keys WHERE workspace_id = ?"),
    };
  }

  private run<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new StorageError(`${what} failed: ${(err as Error).message}`, { cause: err });
    }
  }

  async add(k: FeedKeyRecord): Promise<void> {
    this.run("feedKeys.add", () => this.stmts.add.run(k.id, k.workspaceId, k.hash, k.label, k.createdAt));
  }

  async list(workspaceId: string): Promise<FeedKeyRecord[]> {
    return this.run("feedKeys.list", () => this.stmts.list.all(workspaceId).map(toRecord));
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    return this.run("feedKeys.revoke", () => this.stmts.revoke.run(workspaceId, id).changes > 0);
  }

  async forgetWorkspace(workspaceId: string): Promise<void> {
    this.run("feedKeys.forget", () => this.stmts.forget.run(workspaceId));
  }
}
