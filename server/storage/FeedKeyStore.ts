/**
 * Feed keys (API-RULES.md WK1-WK4): per workspace, keys that may post metric points and nothing
 * else. Like every key, only a SHA-256 hash is stored; the key itself is shown once.
 */
export interface FeedKeyRecord {
  readonly id: string;
  readonly workspaceId: string;
  /** SHA-256 (hex) of the key. */
  readonly hash: string;
  readonly label: string;
  /** ISO time of creation. */
  readonly createdAt: string;
}

export interface FeedKeyStore {
  /** Stores a new feed key; rejects when the id exists. */
  add(key: FeedKeyRecord): Promise<void>;
  /** The workspace's feed keys, oldest first. */
  list(workspaceId: string): Promise<FeedKeyRecord[]>;
  /** Revokes one key; `false` when the workspace has no such key. */
  revoke(workspaceId: string, id: string): Promise<boolean>;
  /** Revokes every key of a workspace (it was deleted). */
  forgetWorkspace(workspaceId: string): Promise<void>;
}
