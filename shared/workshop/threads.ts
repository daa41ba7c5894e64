import type { Comment } from "../schema/comment";

/** A comment that starts a thread, and its replies. */
export interface CommentThread {
  readonly root: Comment;
  readonly replies: readonly Comment[];
}

function byTime(a: Comment, b: Comment): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The threads on one card, oldest first, each with its replies oldest first. A reply to a
 * reply joins the thread of its root; a reply whose comment is gone (or on another card)
 * starts its own thread, so nothing written is ever hidden.
 */
export function commentThreads(comments: readonly Comment[], cardId: string): CommentThread[] {
  const onCard = comments.filter((c) => c.cardId === cardId);
  const byId = new Map(onCard.map((c) => [c.id, c]));
  const rootOf = (c: Comment): Comment => {
    let current = c;
    const seen = new Set<string>();
    while (current.replyTo !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.replyTo);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const threads = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const c of onCard) {
    const root = rootOf(c);
    if (root === c) roots.push(c);
    else threads.set(root.id, [...(threads.get(root.id) ?? []), c]);
  }
  return roots.sort(byTime).map((root) => ({ root, replies: (threads.get(root.id) ?? []).sort(byTime) }));
}

/** How many threads on a card are still open (not resolved). */
export function openThreadCount(comments: readonly Comment[], cardId: string): number {
  return commentThreads(comments, cardId).filter((t) => !t.root.resolved).length;
}
