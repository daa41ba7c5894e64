/** Where other areas add to a card's inspector: owner team and metrics (DSO), comments (workshop). */
import { lazy, Suspense } from "react";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { withLaterMessages } from "../i18n/pageI18n";

// Downloaded when a card is first selected: a map opens without the DSO and workshop editors.
const OwnerTeamSelect = lazy(() => import("../dso/OwnerTeamSelect").then((m) => ({ default: m.OwnerTeamSelect })));
const MetricsEditor = lazy(() => withLaterMessages(import("../dso/MetricsEditor")).then((m) => ({ default: m.MetricsEditor })));
const CommentsPanel = lazy(() => withLaterMessages(import("../workshop/CommentsPanel")).then((m) => ({ default: m.CommentsPanel })));

export function CardInspectorSlots({ cardId }: { cardId: string }) {
  return (
    <Suspense fallback={null}>
      <ErrorBoundary name="card-owner">
        <OwnerTeamSelect cardId={cardId} />
      </ErrorBoundary>
      <ErrorBoundary name="card-metrics">
        <MetricsEditor cardId={cardId} />
      </ErrorBoundary>
      <ErrorBoundary name="card-comments">
        <CommentsPanel cardId={cardId} />
      </ErrorBoundary>
    </Suspense>
  );
}
