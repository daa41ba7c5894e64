import { useState } from "react";
import { useT } from "../i18n/useT";
import { parseNumberInput } from "./metricDraft";

interface NumberInputProps {
  value: number | undefined;
  label: string;
  /** `undefined` when the field was emptied (only offered when `optional`). */
  onCommit: (value: number | undefined) => void;
  optional?: boolean;
  disabled?: boolean;
}

/**
 * A number field that accepts `4.5` and `4,5`, writes when left or on Enter, and says what is
 * wrong instead of writing a value that is not a finite number.
 */
export function NumberInput({ value, label, onCommit, optional = false, disabled }: NumberInputProps) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? value : parseNumberInput(draft);
  const invalid = parsed === null || (!optional && parsed === undefined);
  const commit = () => {
    if (draft === null) return;
    if (invalid) return;
    setDraft(null);
    if (parsed !== value) onCommit(parsed);
  };
  return (
    <span className="dso-number">
      <input
        aria-label={label}
        inputMode="decimal"
        value={draft ?? (value === undefined ? "" : String(value))}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        title={invalid ? t("dso.metrics.error.number") : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") setDraft(null);
        }}
      />
    </span>
  );
}
