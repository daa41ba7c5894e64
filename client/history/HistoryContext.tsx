import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { summarizeChange } from "../../shared/history/summarizeChange";
import type { Journey } from "../../shared/schema/journey";
import type { VersionInfo } from "./historyApi";

/** A version shown on the canvas (read-only) instead of the live map. */
export interface HistoryPreview {
  readonly version: VersionInfo;
  readonly journey: Journey;
}

/** How a card of a shown version differs from now. */
export type CardMark = "removed" | "changed";

interface HistoryState {
  readonly mapKey: string;
  readonly preview: HistoryPreview | null;
  setPreview(preview: HistoryPreview | null): void;
}

const HistoryContext = createContext<HistoryState | null>(null);
const MarksContext = createContext<ReadonlyMap<string, CardMark>>(new Map());

/** Around the map page: the key for History calls and the version shown on the canvas, if any. */
export function HistoryProvider({ mapKey, children }: { mapKey: string; children: ReactNode }) {
  const [preview, setPreview] = useState<HistoryPreview | null>(null);
  const value = useMemo(() => ({ mapKey, preview, setPreview }), [mapKey, preview]);
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}

/** The History state of the open map. */
export function useHistory(): HistoryState {
  const value = useContext(HistoryContext);
  if (!value) throw new Error("useHistory() outside <HistoryProvider>.");
  return value;
}

/** The cards of a shown version that differ from now: deleted since, or changed since. */
export function cardMarks(version: Journey, now: Journey): Map<string, CardMark> {
  const s = summarizeChange(version, now);
  const marks = new Map<string, CardMark>();
  for (const c of s.cards.removed) marks.set(c.id, "removed");
  for (const c of s.cards.changed) marks.set(c.id, "changed");
  return marks;
}

/** Provides the card marks to the canvas's card nodes. */
export const CardMarksProvider = MarksContext.Provider;

/** How card `id` differs from now in the shown version (`undefined`: the same, or no preview). */
export function useCardMark(id: string): CardMark | undefined {
  return useContext(MarksContext).get(id);
}
