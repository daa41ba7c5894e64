import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Command } from "../../shared/commands/command";
import type { Ballot, VoteRound } from "../../shared/workshop/voting";
import { useMapSession } from "../map/useMapSession";
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
  readonly canEdit: boolean;
  readonly presenting: boolean;
  readonly dispatch: (commands: readonly Command[], origin?: "local" | "workshop") => void;
  /** The page's local workshop state (written by a badge to open a card's comment thread). */
  readonly ui: WorkshopUiStore;
}

const NO_BALLOT: Ballot = {};
/** The index, or what went wrong building it (thrown inside each card's badge boundary, not around the canvas). */
const CardWorkshopIndexContext = createContext<CardWorkshopIndex | Error | null>(null);

/** Thrown when card badges render outside the canvas's `CardWorkshopIndexProvider`. */
export class NoCardWorkshopIndexError extends Error {
  override readonly name = "NoCardWorkshopIndexError";
  constructor() {
    super("CardWorkshopBadges needs <CardWorkshopIndexProvider> around the canvas (flow/slots.tsx mounts it).");
  }
}

/**
 * Builds, once for all cards on the canvas, the comment counts per card (per journey) and the
 * round's dots per card (per ballot change). A card then looks up its own entries; the voter
 * token is read from localStorage once per round, not once per card.
 */
export function CardWorkshopIndexProvider({ children }: { children: ReactNode }) {
  const session = useMapSession();
  const { journey, mapId, canEdit, presenting, dispatch, awareness } = session;
  const { round, ballots } = useWorkshopDoc(session.doc);
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
      canEdit,
      presenting,
      dispatch,
      ui: workshopUiStore(awareness),
    }),
    [journeyIndex, round, token, ballots, totals, canEdit, presenting, dispatch, awareness],
  );
  return <CardWorkshopIndexContext.Provider value={index}>{children}</CardWorkshopIndexContext.Provider>;
}

/** The workshop index of the map on the canvas. */
export function useCardWorkshopIndex(): CardWorkshopIndex {
  const index = useContext(CardWorkshopIndexContext);
  if (!index) throw new NoCardWorkshopIndexError();
  if (index instanceof Error) throw index;
  return index;
}
