/**
 * Which comments stay: a reply stays only while the comment it answers stays and is on the
 * same card, transitively (a reply to a skipped comment is skipped too). Reply cycles are
 * allowed, as the format allows them.
 */
import type { DocProblem } from "./docProblem";
import type { Sized } from "./fitSize";

/** Filters `comments` (already on existing cards, in list order), reporting every reply it drops. */
export function resolveReplies(comments: readonly Sized[], problems: DocProblem[]): Sized[] {
  const alive = new Map<string, Sized>();
  for (const c of comments) alive.set(c.value.id, c);
  const repliesTo = new Map<string, string[]>();
  for (const c of comments) {
    const target = c.value["replyTo"];
    if (typeof target !== "string") continue;
    const list = repliesTo.get(target);
    if (list) list.push(c.value.id);
    else repliesTo.set(target, [c.value.id]);
  }
  const dropped: string[] = [];
  const drop = (id: string, message: string): void => {
    if (!alive.delete(id)) return;
    dropped.push(id);
    problems.push({ collection: "comments", id, message: `${message}; skipped` });
  };
  for (const c of comments) {
    const target = c.value["replyTo"];
    if (typeof target !== "string" || !alive.has(c.value.id)) continue;
    const answered = alive.get(target);
    if (!answered) drop(c.value.id, `replyTo: no comment "${target}"`);
    else if (answered.value["cardId"] !== c.value["cardId"]) drop(c.value.id, `replyTo: comment "${target}" is on another card`);
  }
  while (dropped.length > 0) {
    const id = dropped.pop() as string;
    for (const reply of repliesTo.get(id) ?? []) drop(reply, `replyTo: comment "${id}" was skipped`);
  }
  return comments.filter((c) => alive.has(c.value.id));
}
