import { StorageError } from "../Storage";
import type { FeedKeyRecord, FeedKeyStore } from "../FeedKeyStore";

/** Feed keys in memory (tests); copies in and out. */
export class MemoryFeedKeyStore implements FeedKeyStore {
  private readonly keys = new Map<string, FeedKeyRecord>();

  constructor(private readonly check: () => void) {}

  async add(key: FeedKeyRecord): Promise<void> {
    this.check();
    if (this.keys.has(key.id)) throw new StorageError(`feed key ${key.id} exists`);
    this.keys.set(key.id, { ...key });
  }

  async list(workspaceId: string): Promise<FeedKeyRecord[]> {
    return [...this.keys.values()]
      .filter((k) => k.workspaceId === workspaceId)
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1))
      .map((k) => ({ ...k }));
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    this.check();
    const key = this.keys.get(id);
    if (!key || key.workspaceId !== workspaceId) return false;
    this.keys.delete(id);
    return true;
  }

  async forgetWorkspace(workspaceId: string): Promise<void> {
    this.check();
    for (const [id, k] of this.keys) if (k.workspaceId === workspaceId) this.keys.delete(id);
  }
}
