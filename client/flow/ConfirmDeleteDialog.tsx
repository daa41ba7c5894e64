import { useEffect, useRef } from "react";
import { useT } from "../i18n/useT";
import type { DeletionTarget } from "./deletionImpact";

export interface PendingDeletion {
  readonly target: DeletionTarget;
  /** The stage's or lane's name, for the question. */
  readonly name?: string;
  readonly cards: number;
  run(): void;
}

/**
 * "Delete stage Onboarding and its 5 cards?": a native modal `<dialog>` (focus kept inside,
 * Escape cancels), Cancel focused first so that Enter never deletes by accident.
 */
export function ConfirmDeleteDialog({ pending, onDone }: { pending: PendingDeletion; onDone(): void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const { target, name, cards } = pending;
  const title =
    target.kind === "stage"
      ? t("editor.confirmDelete.stage", { name: name ?? "" })
      : target.kind === "lane"
        ? t("editor.confirmDelete.lane", { name: name ?? "" })
        : t("editor.confirmDelete.cards", { count: cards });
  return (
    <dialog ref={ref} className="dialog confirm-dialog" aria-labelledby="confirm-delete-title" aria-describedby="confirm-delete-body" onClose={onDone}>
      <header className="dialog-head">
        <h2 id="confirm-delete-title">{title}</h2>
      </header>
      <div className="stack">
        <p id="confirm-delete-body">{t(cards === 1 ? "editor.confirmDelete.body.one" : "editor.confirmDelete.body", { count: cards })}</p>
        <div className="inline-form confirm-actions">
          <button type="button" className="btn" autoFocus onClick={() => ref.current?.close()}>
            {t("common.cancel")}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              pending.run();
              ref.current?.close();
            }}
          >
            {t(cards === 1 ? "editor.confirmDelete.confirm.one" : "editor.confirmDelete.confirm", { count: cards })}
          </button>
        </div>
      </div>
    </dialog>
  );
}
