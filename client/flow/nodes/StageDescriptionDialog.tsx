import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { StageSchema } from "../../../shared/schema/stage";
import { fieldError } from "../../inspector/fieldError";
import { useT } from "../../i18n/useT";
import { ToolIcon } from "../../ui/ToolIcon";

const DESCRIPTION = StageSchema.shape.description.def.innerType;

/**
 * A stage's description, edited in a small modal dialog opened from the stage header's tools
 * (PL7). However the dialog closes (Done, Escape, its close button) what was typed is written
 * through `updateStage` (an empty field removes the description); while the text is too long it
 * says so and does not close, so nothing typed is lost. A native modal `<dialog>`: the map's keys
 * rest meanwhile (KB1).
 */
export function StageDescriptionDialog({ name, value, onSave, onClose }: { name: string; value: string | undefined; onSave(next: string | null): void; onClose(): void }) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(value ?? "");
  const error = fieldError(DESCRIPTION, draft, t);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const close = () => {
    if (error) return;
    if (draft.trim() !== (value ?? "").trim()) onSave(draft.trim() === "" ? null : draft);
    onClose();
  };
  // In a portal, so the stage's node (drag, double-click to rename) does not take the dialog's pointer events.
  return createPortal(
    <dialog
      ref={dialog}
      className="dialog stage-description-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onDoubleClick={(e) => e.stopPropagation()}
      onPointerDown={(e) => e.stopPropagation()}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`}>{t("layout.stage.description", { name })}</h2>
        <button type="button" className="icon-button" aria-label={t("common.close")} onClick={close}>
          <ToolIcon name="close" />
        </button>
      </div>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          close();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("layout.about.description")}</label>
          <textarea id={`${id}-text`} rows={5} value={draft} autoFocus aria-invalid={error !== null} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} onChange={(e) => setDraft(e.target.value)} />
          {error && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <p id={`${id}-hint`} className="muted small">{t("layout.stage.descriptionHint")}</p>
        <div className="inline-form confirm-actions">
          <button type="submit" className="btn btn-primary" disabled={error !== null}>
            {t("layout.done")}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
