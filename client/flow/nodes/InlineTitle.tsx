import { useId, useLayoutEffect, useRef, useState } from "react";
import { useT } from "../../i18n/useT";

/**
 * A title edited in place: Enter (without Shift) or leaving the field saves, Escape cancels.
 * An empty or unchanged title is not saved. A title longer than `maxLength` is never cut: the
 * field says how many characters are too many and keeps the text until it fits (or Escape).
 * Right-to-left titles (Arabic, Hebrew) align right (`dir="auto"`).
 */
export function InlineTitle({
  value,
  label,
  maxLength,
  multiline = false,
  onSave,
  onDone,
}: {
  value: string;
  label: string;
  maxLength: number;
  multiline?: boolean;
  onSave(next: string): void;
  onDone(): void;
}) {
  const t = useT();
  const errorId = useId();
  const [draft, setDraft] = useState(value);
  const over = draft.length - maxLength;
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const finished = useRef(false);
  // Focused as it is committed, not after the next paint: keys typed right after the field
  // appears (a card made with "n", then its title typed at once) must land in it.
  useLayoutEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (finished.current) return;
    if (save && over > 0) return;
    finished.current = true;
    if (save && draft.length > 0 && draft !== value) onSave(draft);
    onDone();
  };
  const common = {
    ref,
    "aria-label": label,
    className: "inline-edit nodrag nopan nowheel",
    value: draft,
    dir: "auto",
    "aria-invalid": over > 0,
    "aria-describedby": over > 0 ? errorId : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => finish(true),
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        finish(true);
      } else if (e.key === "Escape") {
        e.preventDefault();
        finish(false);
      }
    },
  };
  const field = multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  if (over <= 0) return field;
  return (
    <>
      {field}
      <span id={errorId} className="inline-edit-error" role="alert">
        {t("editor.tooLong", { count: over, max: maxLength })}
      </span>
    </>
  );
}
