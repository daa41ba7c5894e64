/** Where other areas add to a card's inspector (workshop: the card's comments). */
import { CommentsPanel } from "../workshop";
import { ErrorBoundary } from "../ui/ErrorBoundary";

export function CardInspectorSlots({ cardId }: { cardId: string }) {
  return (
    <ErrorBoundary name="card-inspector">
      <CommentsPanel cardId={cardId} />
    </ErrorBoundary>
  );
}
