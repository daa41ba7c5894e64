import { useState } from "react";

interface InlineTextProps {
  value: string;
  label: string;
  onCommit: (value: string) => void;
  maxLength: number;
  /** When true an empty text is refused (the stored value is shown again). */
  required?: boolean;
  disabled?: boolean;
  className?: string;
  /** A text area that wraps long text (Enter still commits: the value stays one line). */
  multiline?: boolean;
}

/**
 * A text input that writes when it is left or Enter is pressed, never on every key (one
 * command, one undo step), and goes back to the stored value on Escape or when it would be
 * empty but must not be. A change from elsewhere shows as soon as the field is not being edited.
 */
export function InlineText({ value, label, onCommit, maxLength, required = true, disabled, className, multiline = false }: InlineTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft === value || (required && draft === "")) return;
    onCommit(draft);
  };
  const props = {
    "aria-label": label,
    value: draft ?? value,
    maxLength,
    disabled,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === "Enter") {
        e.preventDefault();
        commit();
      }
      if (e.key === "Escape") setDraft(null);
    },
  };
  return multiline ? (
    <textarea {...props} className={`${className ?? ""} dso-multiline`} rows={1} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...props} className={className} onChange={(e) => setDraft(e.target.value)} />
  );
}
