import { useT } from "../i18n/useT";
import type { TouchpointReviewState } from "./workspaceApi";

/** A touchpoint's review state this period: overdue, due, reviewed, or not due. */
export function ReviewStateBadge({ state }: { state: TouchpointReviewState }) {
  const t = useT();
  return <span className={`ws-review ws-review-${state}`}>{t(`workspace.review.${state}`)}</span>;
}
