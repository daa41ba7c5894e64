import { useT } from "../i18n/useT";
import type { ReviewMark } from "./reviewView";

const ICON: Record<ReviewMark, string> = { reviewed: "✓", needsWork: "⚠", due: "○", overdue: "!" };

/** Where a touchpoint stands in this period's review round, as a small coloured pill. */
export function ReviewMarkBadge({ mark, title }: { mark: ReviewMark; title?: string }) {
  const t = useT();
  return (
    <span className={`dso-pill dso-mark-${mark}`} title={title ?? t(`dso.mark.${mark}.help`)}>
      <span aria-hidden="true">{ICON[mark]}</span> {t(`dso.mark.${mark}`)}
    </span>
  );
}
