import { useState } from "react";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { useLanguage } from "../i18n/useLanguage";
import { formatTime } from "../i18n/formatDate";
import type { Comment } from "../../shared/schema/comment";
import { commentThreads } from "../../shared/workshop/threads";
import { useIdentity } from "./identity";
import { freshId } from "../flow/freshId";

/**
 * The discussion on one card: threads of a comment and its replies, oldest first; write,
 * reply, resolve, reopen, and delete what I wrote. Comments are map content (the journey
 * file's `comments`), so they go through the ordinary `local` commands and are undoable.
 * The author is my workshop display name.
 */
export function CommentsPanel({ cardId }: { cardId: string }) {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, canTakePart: s.canTakePart, dispatch: s.dispatch, now: s.now, journey: { comments: s.journey.comments } }));
  const [identity] = useIdentity();
  const threads = commentThreads(session.journey.comments ?? [], cardId);
  const author = identity?.name ?? t("workshop.guest");
  const add = (text: string, replyTo?: string) => {
    const comment: Comment = { id: freshId(), cardId, author, text, at: new Date(session.now()).toISOString() };
    if (replyTo) comment.replyTo = replyTo;
    session.dispatch([{ type: "addComment", comment }], "local");
  };
  return (
    <section className="ws-comments" aria-label={t("workshop.comments.title")}>
      {threads.length === 0 && <p className="ws-muted">{t("workshop.comments.none")}</p>}
      <ol className="ws-threads">
        {threads.map(({ root, replies }) => (
          <li key={root.id} className={`ws-thread${root.resolved ? " ws-thread-resolved" : ""}`} aria-label={t("workshop.comments.thread", { author: root.author })}>
            <CommentView comment={root} mine={root.author === author} />
            {replies.length > 0 && (
              <ol className="ws-replies">
                {replies.map((r) => (
                  <li key={r.id}>
                    <CommentView comment={r} mine={r.author === author} />
                  </li>
                ))}
              </ol>
            )}
            {session.canTakePart && <ThreadActions root={root} onReply={(text) => add(text, root.id)} />}
          </li>
        ))}
      </ol>
      {session.canTakePart && <Composer label={t("workshop.comments.new")} submit={t("workshop.comments.post")} onSubmit={(text) => add(text)} />}
    </section>
  );
}

function CommentView({ comment, mine }: { comment: Comment; mine: boolean }) {
  const t = useT();
  const { lang } = useLanguage();
  const session = useMap((s) => ({ canEdit: s.canEdit, canTakePart: s.canTakePart, dispatch: s.dispatch, now: s.now, journey: { comments: s.journey.comments } }));
  const shown = formatTime(comment.at, lang);
  return (
    <article className="ws-comment">
      <header className="ws-comment-head">
        <strong>{comment.author}</strong>
        <time dateTime={comment.at} className="ws-muted">{shown}</time>
        {comment.resolved && <span className="ws-pill">{t("workshop.comments.resolved")}</span>}
        {mine && session.canEdit && (
          <button
            type="button"
            className="ws-link"
            aria-label={t("workshop.comments.delete")}
            onClick={() => session.dispatch([{ type: "deleteComment", id: comment.id }], "local")}
          >
            {t("common.delete")}
          </button>
        )}
      </header>
      <p className="ws-comment-text">{comment.text}</p>
    </article>
  );
}

function ThreadActions({ root, onReply }: { root: Comment; onReply(text: string): void }) {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, canTakePart: s.canTakePart, dispatch: s.dispatch, now: s.now, journey: { comments: s.journey.comments } }));
  const [replying, setReplying] = useState(false);
  const setResolved = (resolved: boolean) =>
    session.dispatch([{ type: "updateComment", id: root.id, patch: { resolved: resolved ? true : null } }], "local");
  return (
    <div className="ws-thread-actions">
      {replying ? (
        <Composer
          label={t("workshop.comments.reply")}
          submit={t("workshop.comments.post")}
          autoFocus
          onSubmit={(text) => {
            onReply(text);
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <>
          <button type="button" className="ws-link" onClick={() => setReplying(true)}>
            {t("workshop.comments.reply")}
          </button>
          <button type="button" className="ws-link" onClick={() => setResolved(!root.resolved)}>
            {root.resolved ? t("workshop.comments.reopen") : t("workshop.comments.resolve")}
          </button>
        </>
      )}
    </div>
  );
}

function Composer(props: { label: string; submit: string; autoFocus?: boolean; onSubmit(text: string): void; onCancel?(): void }) {
  const t = useT();
  const [text, setText] = useState("");
  const send = () => {
    if (text.trim() === "") return;
    props.onSubmit(text.slice(0, 5000));
    setText("");
  };
  return (
    <form
      className="ws-composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        aria-label={props.label}
        placeholder={props.label}
        value={text}
        rows={2}
        maxLength={5000}
        autoFocus={props.autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter posts, Shift+Enter is a new line; an input method's Enter only confirms its text.
          if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            send();
          } else if (e.key === "Escape" && props.onCancel) props.onCancel();
        }}
      />
      <div className="ws-composer-actions">
        {props.onCancel && (
          <button type="button" className="ws-btn ws-btn-ghost ws-btn-small" onClick={props.onCancel}>
            {t("common.cancel")}
          </button>
        )}
        <button type="submit" className="ws-btn ws-btn-primary ws-btn-small" disabled={text.trim() === ""}>
          {props.submit}
        </button>
      </div>
    </form>
  );
}
