/**
 * Handlers of the review log and of comments. New items go to the end of their list. Deleting
 * a comment deletes its replies, and theirs.
 */
import { CommentSchema } from "../schema/comment";
import { ReviewSchema } from "../schema/review";
import { asYMap } from "../doc/layout";
import type { ApplyContext } from "./applyContext";
import { addEntity, missing, updateEntity } from "./entityOps";
import type { HandlersFor } from "./handler";

type ReviewCommentCommand = "addReview" | "deleteReview" | "addComment" | "updateComment" | "deleteComment";

/** `id` and every comment that answers it, directly or through other replies. */
function thread(ctx: ApplyContext, id: string): Set<string> {
  const replies = new Map<string, string[]>();
  ctx.collection("comments")?.forEach((raw, commentId) => {
    const target = asYMap(raw)?.get("replyTo");
    if (typeof target !== "string") return;
    const list = replies.get(target);
    if (list) list.push(commentId);
    else replies.set(target, [commentId]);
  });
  const doomed = new Set([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const reply of replies.get(stack.pop() as string) ?? []) {
      if (!doomed.has(reply)) {
        doomed.add(reply);
        stack.push(reply);
      }
    }
  }
  return doomed;
}

/** Handlers of reviews and comments. */
export const reviewCommentHandlers: HandlersFor<ReviewCommentCommand> = {
  addReview: (ctx, { review }) =>
    addEntity(ctx, "reviews", ReviewSchema, review, {
      refs: (r) => {
        if (!ctx.entity("cards", r.cardId)) return missing("cards", r.cardId);
        return ctx.resolves("people", r.reviewerId) ? undefined : missing("people", r.reviewerId);
      },
    }),
  deleteReview(ctx, { id }) {
    if (!ctx.entity("reviews", id)) return missing("reviews", id);
    ctx.collection("reviews")?.delete(id);
    return undefined;
  },
  addComment: (ctx, { comment }) =>
    addEntity(ctx, "comments", CommentSchema, comment, {
      refs: (c) => {
        if (!ctx.entity("cards", c.cardId)) return missing("cards", c.cardId);
        if (c.replyTo === undefined) return undefined;
        const answered = ctx.entity("comments", c.replyTo);
        if (!answered) return missing("comments", c.replyTo);
        return answered.get("cardId") === c.cardId ? undefined : `comment "${c.replyTo}" is on another card`;
      },
    }),
  updateComment: (ctx, { id, patch }) => updateEntity(ctx, "comments", id, patch, ["text", "resolved"]),
  deleteComment(ctx, { id }) {
    if (!ctx.entity("comments", id)) return missing("comments", id);
    const comments = ctx.collection("comments");
    for (const doomed of thread(ctx, id)) comments?.delete(doomed);
    return undefined;
  },
};
