import { useId } from "react";

/** A select of the inspector; the empty choice (when `noneLabel` is given) removes the value. */
export function SelectField<V extends string | number>({
  label,
  value,
  options,
  noneLabel,
  disabled,
  onChange,
}: {
  label: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  noneLabel?: string;
  disabled?: boolean;
  onChange(next: V | null): void;
}) {
  const id = useId();
  const index = value === undefined ? -1 : options.findIndex((o) => o.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={index === -1 ? "" : String(index)}
        disabled={disabled}
        onChange={(e) => {
          const opt = e.target.value === "" ? undefined : options[Number(e.target.value)];
          onChange(opt ? opt.value : null);
        }}
      >
        {(noneLabel !== undefined || index === -1) && <option value="">{noneLabel ?? ""}</option>}
        {options.map((o, i) => (
          <option key={String(o.value)} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
