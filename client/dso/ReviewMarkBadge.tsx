import { useT } from "../i18n/useT";
import type { ReviewMark } from "./reviewView";

const ICON: Record<ReviewMark, string> = { reviewed: "✓", needsWork: "⚠", due: "○", overdue: "!" };

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
      <span aria-hidden="true">{ICON[mark]}</span> {iconOnly ? <span className="dso-sr">{label}</span> : label}
    </span>
  );
}
