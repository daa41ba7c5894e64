import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { StoreApi } from "zustand/vanilla";
import { useMap } from "../map/useMap";
import { useStoreSlice } from "../store/useStoreSlice";
import { useValueStore } from "../store/useValueStore";
import { attempt } from "../ui/attempt";
import { cardDsoIndex, type CardDsoIndex } from "./cardDsoIndex";
import { createdDays } from "./reviewView";
import { useShowUnowned } from "./useShowUnowned";

/** The index, or what went wrong building it (thrown inside each card's badge boundary, not around the canvas). */
const CardDsoIndexContext = createContext<StoreApi<{ value: CardDsoIndex | Error }> | null>(null);

/** Thrown when card badges render outside the canvas's `CardDsoIndexProvider`. */
export class NoCardDsoIndexError extends Error {
  override readonly name = "NoCardDsoIndexError";
  constructor() {
    super("CardDsoBadges needs <CardDsoIndexProvider> around the canvas (flow/slots.tsx mounts it).");
  }
}

/**
 * Builds the ownership badges' index once per journey, day and highlight setting, for every
 * card on the canvas, into a store: each card selects its own part (`useCardDsoSlice`) and
 * renders again only when that part changed, not on every edit of the map.
 */
export function CardDsoIndexProvider({ children }: { children: ReactNode }) {
  const journey = useMap((s) => s.journey, Object.is);
  const today = useMap((s) => s.today);
  const doc = useMap((s) => s.doc, Object.is);
  const [showUnowned] = useShowUnowned();
  const index = useMemo(() => attempt(() => cardDsoIndex(journey, today, showUnowned, createdDays(doc, journey))), [journey, today, showUnowned, doc]);
  const store = useValueStore<CardDsoIndex | Error>(index);
  return <CardDsoIndexContext.Provider value={store}>{children}</CardDsoIndexContext.Provider>;
}

/**
 * One card's part of the index, compared structurally (select small, plain view models). A
 * broken index is thrown here, inside the badge's error boundary.
 */
export function useCardDsoSlice<U>(select: (index: CardDsoIndex) => U): U {
  const store = useContext(CardDsoIndexContext);
  if (!store) throw new NoCardDsoIndexError();
  const slice = useStoreSlice(store, (s) => (s.value instanceof Error ? s.value : select(s.value)));
  if (slice instanceof Error) throw slice;
  return slice;
}
