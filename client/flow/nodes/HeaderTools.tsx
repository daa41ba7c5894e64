import { ToolIcon, type ToolIconName } from "../../ui/ToolIcon";

/**
 * The small tool row of a stage or lane header (shown on hover and keyboard focus): rename,
 * move back, move forward, delete. The keyboard path to everything dragging a header does.
 */
export function HeaderTools({
  labels,
  icons,
  index,
  count,
  onRename,
  onMove,
  onDelete,
  onDescribe,
}: {
  labels: { readonly rename: string; readonly back: string; readonly forward: string; readonly delete: string; readonly describe?: string };
  icons: readonly [back: ToolIconName, forward: ToolIconName];
  index: number;
  count: number;
  onRename(): void;
  onMove(index: number): void;
  onDelete(): void;
  /** A stage's description (PL7); lanes have none. */
  onDescribe?(): void;
}) {
  const tools: { label: string; icon: ToolIconName; disabled?: boolean; danger?: boolean; run(): void }[] = [
    { label: labels.rename, icon: "edit", run: onRename },
    ...(onDescribe && labels.describe ? [{ label: labels.describe, icon: "info" as const, run: onDescribe }] : []),
    { label: labels.back, icon: icons[0], disabled: index === 0, run: () => onMove(index - 1) },
    { label: labels.forward, icon: icons[1], disabled: index === count - 1, run: () => onMove(index + 1) },
    { label: labels.delete, icon: "trash", danger: true, run: onDelete },
  ];
  return (
    <span className="header-tools nodrag">
      {tools.map((tool) => (
        <button key={tool.icon} type="button" className={`tool${tool.danger ? " tool-danger" : ""}`} aria-label={tool.label} title={tool.label} disabled={tool.disabled} onClick={tool.run}>
          <ToolIcon name={tool.icon} />
        </button>
      ))}
    </span>
  );
}
