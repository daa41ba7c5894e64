import { describe, expect, it } from "vitest";
import { silentLogger } from "../../server/log";
import { CommitHooks, type CommittedChange } from "../../server/sync/commitHook";

const change = (docId: string, seq: number): CommittedChange => ({ docId, updates: [new Uint8Array([seq])], seq, at: "2026-01-01T00:00:00.000Z", authors: [] });

describe("after-commit hook (S18)", () => {
  it("[S18] an eager listener hears every change in the commit's own task, the others in a later macrotask", async () => {
    const hooks = new CommitHooks(silentLogger);
    const heard: string[] = [];
    hooks.add((c) => heard.push(`later ${c.docId}@${c.seq}`));
    hooks.addEager((c) => heard.push(`eager ${c.docId}@${c.seq}`));
    hooks.emit([change("a", 3), change("b", 7)]);
    expect(heard).toEqual(["eager a@3", "eager b@7"]);
    await Promise.resolve(); // not a microtask later either
    expect(heard).toHaveLength(2);
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual(["eager a@3", "eager b@7", "later a@3", "later b@7"]);
  });

  it("[S18] a throwing eager listener stops neither the other listeners nor the commit", async () => {
    const hooks = new CommitHooks(silentLogger);
    const heard: number[] = [];
    const off = hooks.addEager(() => {
      throw new Error("boom");
    });
    hooks.addEager((c) => heard.push(c.seq));
    hooks.add((c) => heard.push(-c.seq));
    expect(() => hooks.emit([change("a", 1)])).not.toThrow();
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual([1, -1]);
    off();
    hooks.emit([change("a", 2)]);
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual([1, -1, 2, -2]);
  });
});
