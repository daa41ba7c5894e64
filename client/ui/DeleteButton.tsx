import { ToolIcon } from "./ToolIcon";

/**
 * The trash-can button of a list row: `label` names what goes (its accessible name and
 * tooltip); with `confirm`, the person is asked that question first and nothing happens on No.
 */
export function DeleteButton({ label, confirm, onDelete, size = 14 }: { label: string; confirm?: string; onDelete(): void; size?: number }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={() => (confirm === undefined || window.confirm(confirm)) && onDelete()}>
      <ToolIcon name="trash" size={size} />
    </button>
  );
}
