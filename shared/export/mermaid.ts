import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";
import { cardsInReadingOrder } from "./readingOrder";

/**
 * Line breaks (which end a Mermaid statement) and other control characters. Together with the
 * characters below, each becomes a space, and runs of spaces collapse.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

/** In a name, `:` separates a task from its score; `#` and `;` start comments or end statements. */
const NAME_UNSAFE = /[:#;]/g;

/** A title may hold `:` (the grammar reads it to the end of the line), but not `#` or `;`. */
const TITLE_UNSAFE = /[#;]/g;

function clean(text: string, unsafe: RegExp): string {
  return text.replace(CONTROLS, " ").replace(unsafe, " ").replace(/%%/g, "%").replace(/\s+/g, " ").trim();
}

/**
 * Words the grammar reads as keywords at the start of a line (case-insensitive). A name that
 * begins with one gets a zero-width space in front, so it stays a name.
 */
const KEYWORD_START = /^(journey|title|section|acctitle|accdescr)/i;

/**
 * `text` made safe as one Mermaid journey name (a section, task or actor): line breaks, control
 * characters, `:`, `#`, `;` and `,` (which separates actors) become spaces, `%%` (a comment)
 * becomes `%`; `fallback` when nothing is left.
 */
export function mermaidName(text: string, fallback: string): string {
  const cleaned = clean(text.replace(/,/g, " "), NAME_UNSAFE);
  if (cleaned === "") return fallback;
  return KEYWORD_START.test(cleaned) ? `\u200b${cleaned}` : cleaned;
}

/** Emotion -2..2 as a Mermaid score 1..5; a card without emotion is neutral (3). */
export function mermaidScore(emotion: number | undefined): number {
  if (emotion === undefined || !Number.isFinite(emotion)) return 3;
  return Math.max(1, Math.min(5, Math.round(emotion) + 3));
}

function actorsOf(card: Card, journey: Journey, teamNames: ReadonlyMap<string, string>): string[] {
  const team = card.ownerTeamId === undefined ? undefined : teamNames.get(card.ownerTeamId);
  if (team !== undefined) return [mermaidName(team, "Team")];
  if (journey.persona !== undefined) return [mermaidName(journey.persona.name, "Customer")];
  return [];
}

/**
 * The journey as a Mermaid `journey` diagram: the title, one `section` per stage (in order),
 * and in each the stage's actions and touchpoints as tasks `Name: score: actors`, in reading
 * order (lane by lane, then within the cell). The score is the card's emotion -2..2 mapped to
 * 1..5 (3 without one); the actor is the owner team, else the persona.
 *
 * Lossy by design: Mermaid's journey has no lanes, pain points, opportunities, notes, links,
 * metrics, teams' colours, OKRs or comments, and names lose the characters its grammar cannot
 * take (see `mermaidName`). Use the JSON export to keep everything.
 */
export function journeyToMermaid(journey: Journey): string {
  const teamNames = new Map((journey.teams ?? []).map((t) => [t.id, t.name]));
  const byStage = new Map<string, Card[]>();
  for (const card of cardsInReadingOrder(journey)) {
    if (card.kind !== "action" && card.kind !== "touchpoint") continue;
    let list = byStage.get(card.stageId);
    if (list === undefined) byStage.set(card.stageId, (list = []));
    list.push(card);
  }
  const lines = ["journey", `  title ${mermaidTitle(journey.title)}`];
  for (const stage of journey.stages) {
    lines.push(`  section ${mermaidName(stage.name, stage.id)}`);
    for (const card of byStage.get(stage.id) ?? []) {
      const actors = actorsOf(card, journey, teamNames);
      const task = `${mermaidName(card.title, card.id)}: ${mermaidScore(card.emotion)}`;
      lines.push(`    ${actors.length > 0 ? `${task}: ${actors.join(", ")}` : task}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** A title keeps its colons and commas; everything else as for names. */
function mermaidTitle(title: string): string {
  const cleaned = clean(title, TITLE_UNSAFE);
  return cleaned === "" ? "Journey" : cleaned;
}
