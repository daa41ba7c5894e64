/**
 * Where other areas' components mount inside the canvas. Each slot sits behind its own error
 * boundary, so a broken badge or layer never takes the card (or the map) with it.
 */
import { memo, useDeferredValue, type ReactNode } from "react";
import { CardDsoBadges, CardDsoIndexProvider, SelectionOwnerAction } from "../dso";
import { CardWorkshopBadges, CardWorkshopIndexProvider, WorkshopCanvasLayer } from "../workshop";
import { ErrorBoundary } from "../ui/ErrorBoundary";

/**
 * The badges other areas show inside each card (DSO: review mark, key results; workshop:
 * comments, dots). They render just after the card itself (a deferred, interruptible render),
 * so a big map shows its cards first and the badges a moment later.
 */
export const CardBadgeSlots = memo(function CardBadgeSlots({ cardId }: { cardId: string }) {
  const ready = useDeferredValue(true, false);
  if (!ready) return null;
  return (
    <ErrorBoundary name="card-badges">
      <CardDsoBadges cardId={cardId} />
      <CardWorkshopBadges cardId={cardId} />
    </ErrorBoundary>
  );
});

/**
 * Around the canvas: what the card badges of other areas look up, built once for all cards
 * (per journey, not per card). Must sit inside the session the card nodes see.
 */
export function CardBadgeIndexes({ children }: { children: ReactNode }) {
  return (
    <CardDsoIndexProvider>
      <CardWorkshopIndexProvider>{children}</CardWorkshopIndexProvider>
    </CardDsoIndexProvider>
  );
}

/** Layers drawn inside <ReactFlow> by other areas (workshop: live cursors and selections). */
export const CanvasLayerSlot = memo(function CanvasLayerSlot() {
  return (
    <ErrorBoundary name="canvas-layer">
      <WorkshopCanvasLayer />
    </ErrorBoundary>
  );
});

/** Actions other areas offer on the current selection, in the canvas toolbar (DSO: owner team). */
export function SelectionActionSlot() {
  return (
    <ErrorBoundary name="selection-actions">
      <SelectionOwnerAction />
    </ErrorBoundary>
  );
}
