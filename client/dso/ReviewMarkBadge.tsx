import { useT } from "../i18n/useT";
import { ToolIcon, type ToolIconName } from "../ui/ToolIcon";
import type { ReviewMark } from "./reviewView";

const ICON: Record<ReviewMark, ToolIconName> = { reviewed: "check", needsWork: "alert", new: "plus", due: "circle", overdue: "alert" };

/**
 * Where a touchpoint stands in this period's review round, as a small coloured pill. `compact`
 * (inside cards on the map, where room is short) shows only the icon, the word stays for screen
 * readers and in the tooltip; overdue always shows its word, because it must stand out.
 */
export function ReviewMarkBadge({ mark, compact = false }: { mark: ReviewMark; compact?: boolean }) {
  const t = useT();
  const label = t(`dso.mark.${mark}`);
  const iconOnly = compact && mark !== "overdue";
  return (
    <span className={`dso-pill dso-mark-${mark}${iconOnly ? " dso-pill-icon" : ""}`} title={`${label}: ${t(`dso.mark.${mark}.help`)}`}>
      <ToolIcon name={ICON[mark]} size={11} /> {iconOnly ? <span className="dso-sr">{label}</span> : label}
    </span>
  );
}
