import type { Awareness } from "y-protocols/awareness";
import type { Presence } from "../../shared/workshop/presence";
import { jsonEqual, usePresences } from "./usePeers";

/** One person in the header: no cursor or view, so the list changes only when people do. */
export interface Person {
  readonly id: number;
  readonly self: boolean;
  readonly name: string;
  readonly color: string;
  readonly presenting: boolean;
  readonly stage: string | null;
  readonly followMe: string | null;
}

const selectPeople = (presences: ReadonlyMap<number, Presence>, selfId: number): Person[] =>
  [...presences]
    .map(([id, p]) => ({ id, self: id === selfId, name: p.name, color: p.color, presenting: p.presenting, stage: p.stage, followMe: p.followMe }))
    .sort((a, b) => (a.self !== b.self ? (a.self ? -1 : 1) : a.name.localeCompare(b.name) || a.id - b.id));

/** Everyone present in the map (a bot that sets `user` included), me first, then by name. */
export function useAwarenessPeople(awareness: Awareness): Person[] {
  return usePresences(awareness, selectPeople, jsonEqual);
}
