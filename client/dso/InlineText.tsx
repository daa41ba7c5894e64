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
}

/**
 * A text input that writes when it is left or Enter is pressed, never on every key (one
 * command, one undo step), and goes back to the stored value on Escape or when it would be
 * empty but must not be. A change from elsewhere shows as soon as the field is not being edited.
 */
export function InlineText({ value, label, onCommit, maxLength, required = true, disabled, className }: InlineTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft === value || (required && draft === "")) return;
    onCommit(draft);
  };
  return (
    <input
      className={className}
      aria-label={label}
      value={draft ?? value}
      maxLength={maxLength}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setDraft(null);
      }}
    />
  );
}
