import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { StoreApi } from "zustand/vanilla";
import type { Command } from "../../shared/commands/command";
import type { Ballot, VoteRound } from "../../shared/workshop/voting";
import { useMap } from "../map/useMap";
import { useStoreSlice } from "../store/useStoreSlice";
import { useValueStore } from "../store/useValueStore";
import { attempt } from "../ui/attempt";
import { cardJourneyIndex, dotTotals, type CardJourneyIndex } from "./cardWorkshopIndex";
import { useWorkshopDoc } from "./useWorkshopDoc";
import { voterToken } from "./voterToken";
import { workshopUiStore, type WorkshopUiStore } from "./workshopUi";

/** Everything the workshop badges of all cards share, built once per journey and per round state. */
export interface CardWorkshopIndex extends CardJourneyIndex {
  readonly round: VoteRound | null;
  /** My voter token in the running round ("" without one), my ballot and every card's total. */
  readonly token: string;
  readonly myBallot: Ballot;
  readonly totals: ReadonlyMap<string, number>;
  /** Dots may be added and taken back (editors, owners, participants: P7). */
  readonly canVote: boolean;
  readonly presenting: boolean;
  readonly dispatch: (commands: readonly Command[], origin?: "local" | "workshop") => void;
  /** The page's local workshop state (written by a badge to open a card's comment thread). */
  readonly ui: WorkshopUiStore;
}

const NO_BALLOT: Ballot = {};
/** The index, or what went wrong building it (thrown inside each card's badge boundary, not around the canvas). */
const CardWorkshopIndexContext = createContext<StoreApi<{ value: CardWorkshopIndex | Error }> | null>(null);

/** Thrown when card badges render outside the canvas's `CardWorkshopIndexProvider`. */
export class NoCardWorkshopIndexError extends Error {
  override readonly name = "NoCardWorkshopIndexError";
  constructor() {
    super("CardWorkshopBadges needs <CardWorkshopIndexProvider> around the canvas (flow/slots.tsx mounts it).");
  }
}

/**
 * Builds, once for all cards on the canvas, the comment counts per card (per journey) and the
 * round's dots per card (per ballot change), into a store each card selects its own part of.
 * The voter token is read from localStorage once per round, not once per card.
 */
export function CardWorkshopIndexProvider({ children }: { children: ReactNode }) {
  const { journey, mapId, canVote, presenting, dispatch, awareness, doc } = useMap(
    (s) => ({ journey: s.journey, mapId: s.mapId, canVote: s.canTakePart, presenting: s.presenting, dispatch: s.dispatch, awareness: s.awareness, doc: s.doc }),
    (a, b) => a.journey === b.journey && a.canVote === b.canVote && a.presenting === b.presenting && a.mapId === b.mapId,
  );
  const { round, ballots } = useWorkshopDoc(doc);
  const journeyIndex = useMemo(() => attempt(() => cardJourneyIndex(journey)), [journey]);
  const roundId = round?.id ?? null;
  const token = useMemo(() => (roundId === null ? "" : voterToken(mapId, roundId)), [mapId, roundId]);
  const totals = useMemo(() => dotTotals(ballots), [ballots]);
  const index = useMemo<CardWorkshopIndex | Error>(
    () => journeyIndex instanceof Error ? journeyIndex : ({
      ...journeyIndex,
      round,
      token,
      myBallot: ballots.get(token) ?? NO_BALLOT,
      totals,
      canVote,
      presenting,
      dispatch,
      ui: workshopUiStore(awareness),
    }),
    [journeyIndex, round, token, ballots, totals, canVote, presenting, dispatch, awareness],
  );
  const store = useValueStore(index);
  return <CardWorkshopIndexContext.Provider value={store}>{children}</CardWorkshopIndexContext.Provider>;
}

/** One card's part of the workshop index, compared structurally; a broken index is thrown here. */
export function useCardWorkshopSlice<U>(select: (index: CardWorkshopIndex) => U): U {
  const store = useContext(CardWorkshopIndexContext);
  if (!store) throw new NoCardWorkshopIndexError();
  const slice = useStoreSlice(store, (s) => (s.value instanceof Error ? s.value : select(s.value)));
  if (slice instanceof Error) throw slice;
  return slice;
}

/** The whole index now, for event handlers (a click on a dot button). */
export function useCardWorkshopIndexNow(): () => CardWorkshopIndex | null {
  const store = useContext(CardWorkshopIndexContext);
  if (!store) throw new NoCardWorkshopIndexError();
  return () => {
    const value = store.getState().value;
    return value instanceof Error ? null : value;
  };
}
