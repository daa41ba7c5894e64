/** Where other areas add to a card's inspector: owner team and metrics (DSO), comments (workshop). */
import { MetricsEditor, OwnerTeamSelect } from "../dso";
import { CommentsPanel } from "../workshop";
import { ErrorBoundary } from "../ui/ErrorBoundary";

export function CardInspectorSlots({ cardId }: { cardId: string }) {
  return (
    <>
      <ErrorBoundary name="card-owner">
        <OwnerTeamSelect cardId={cardId} />
      </ErrorBoundary>
      <ErrorBoundary name="card-metrics">
        <MetricsEditor cardId={cardId} />
      </ErrorBoundary>
      <ErrorBoundary name="card-comments">
        <CommentsPanel cardId={cardId} />
      </ErrorBoundary>
    </>
  );
}
