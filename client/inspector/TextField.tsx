import { useId, useState } from "react";
import type { z } from "zod/mini";
import { useT } from "../i18n/useT";
import { fieldError } from "./fieldError";

/**
 * A text field of the inspector, checked against its schema as it is typed; the value is written
 * when the field is left or Enter is pressed (not in a multi-line field), and only when valid.
 * An empty optional field removes the value.
 */
export function TextField({
  label,
  value,
  schema,
  optional = false,
  multiline = false,
  disabled,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  schema: z.core.$ZodType;
  optional?: boolean;
  multiline?: boolean;
  disabled?: boolean;
  onCommit(next: string | null): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value ?? "";
  const error = draft === null || (optional && draft === "") ? null : fieldError(schema, draft, t);
  const commit = () => {
    if (draft === null) return;
    if (error === null && draft !== (value ?? "")) onCommit(optional && draft === "" ? null : draft);
    setDraft(null);
  };
  const props = {
    id,
    value: shown,
    disabled,
    "aria-invalid": error !== null,
    "aria-describedby": error ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={4} {...props} />
      ) : (
        <input
          type="text"
          {...props}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setDraft(null);
          }}
        />
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
