/**
 * Copy and paste of cards (pure): the copied cards and the links among them, and the commands
 * that paste them with new ids. Pasted cards go back to their own cells when those still exist,
 * else into the fallback cell.
 */
import type { Command } from "../../shared/commands/command";
import type { Card } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";
import type { Link } from "../../shared/schema/link";

export interface CardClip {
  readonly cards: readonly Card[];
  readonly links: readonly Link[];
}

/** What copying these cards takes along: the cards in map order and the links between them. */
export function copyCards(journey: Journey, cardIds: readonly string[]): CardClip {
  const ids = new Set(cardIds);
  return {
    cards: journey.cards.filter((c) => ids.has(c.id)),
    links: (journey.links ?? []).filter((l) => ids.has(l.from) && ids.has(l.to)),
  };
}

/**
 * The commands that paste a clip: each card after the last card of its cell, with a new id from
 * `newId`, and the links between the pasted cards. Returns the new card ids too (to select them).
 */
export function pasteCommands(
  journey: Journey,
  clip: CardClip,
  newId: () => string,
  fallback: { stageId: string; laneId: string } | null,
): { commands: Command[]; cardIds: string[] } {
  const stages = new Set(journey.stages.map((s) => s.id));
  const lanes = new Set(journey.lanes.map((l) => l.id));
  const idMap = new Map<string, string>();
  const commands: Command[] = [];
  for (const card of clip.cards) {
    const home = stages.has(card.stageId) && lanes.has(card.laneId);
    const cell = home ? { stageId: card.stageId, laneId: card.laneId } : fallback;
    if (!cell) continue;
    const id = newId();
    idMap.set(card.id, id);
    // Dot votes belong to the original card; the copy starts without.
    const { votes: _votes, ...content } = card;
    commands.push({ type: "addCard", card: { ...content, id, ...cell } });
  }
  for (const link of clip.links) {
    const from = idMap.get(link.from);
    const to = idMap.get(link.to);
    if (from && to) commands.push({ type: "addLink", link: { ...link, id: newId(), from, to } });
  }
  return { commands, cardIds: [...idMap.values()] };
}

/** Duplicating the selection: a copy of each card (and the links among them) right after the originals' cells' cards. */
export function duplicateCommands(journey: Journey, cardIds: readonly string[], newId: () => string): { commands: Command[]; cardIds: string[] } {
  return pasteCommands(journey, copyCards(journey, cardIds), newId, null);
}
