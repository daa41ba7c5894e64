import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useMapSession } from "../map/useMapSession";
import { attempt } from "../ui/attempt";
import { cardDsoIndex, type CardDsoIndex } from "./cardDsoIndex";
import { createdDays } from "./reviewView";
import { useShowUnowned } from "./useShowUnowned";

/** The index, or what went wrong building it (thrown inside each card's badge boundary, not around the canvas). */
const CardDsoIndexContext = createContext<CardDsoIndex | Error | null>(null);

/** Thrown when card badges render outside the canvas's `CardDsoIndexProvider`. */
export class NoCardDsoIndexError extends Error {
  override readonly name = "NoCardDsoIndexError";
  constructor() {
    super("CardDsoBadges needs <CardDsoIndexProvider> around the canvas (flow/slots.tsx mounts it).");
  }
}

/**
 * Builds the ownership badges' index once per journey, day and highlight setting, for every
 * card on the canvas: a card then looks its own part up instead of searching the map, and no
 * card reads localStorage. Selection or presenting changes leave the index (and the badges) alone.
 */
export function CardDsoIndexProvider({ children }: { children: ReactNode }) {
  const { journey, today, doc } = useMapSession();
  const [showUnowned] = useShowUnowned();
  const index = useMemo(() => attempt(() => cardDsoIndex(journey, today, showUnowned, createdDays(doc, journey))), [journey, today, showUnowned, doc]);
  return <CardDsoIndexContext.Provider value={index}>{children}</CardDsoIndexContext.Provider>;
}

/** The index of the map on the canvas. */
export function useCardDsoIndex(): CardDsoIndex {
  const index = useContext(CardDsoIndexContext);
  if (!index) throw new NoCardDsoIndexError();
  if (index instanceof Error) throw index;
  return index;
}
