/**
 * `makeBigJourney({ cards, seed })`: a deterministic, valid journey of N cards over a realistic
 * grid, for benchmarks and for other areas' e2e and load tests. The same options always give
 * the same journey. It has everything a real map has: card kinds that suit their lanes,
 * emotions on actions, severity/impact/effort/status on pain points and opportunities, owner
 * teams and metrics on touchpoints, votes, links between neighbouring cards, teams, people, a
 * rotation with an override, shared OKRs with card ids, reviews and comment threads. Strings
 * mix ASCII, umlauts and emoji. 20,000 cards stay under the 5 MiB file limit.
 */
import type { Card, CardKind } from "../../shared/schema/card";
import type { Comment } from "../../shared/schema/comment";
import type { Journey } from "../../shared/schema/journey";
import type { Lane, LaneKind } from "../../shared/schema/lane";
import type { Link } from "../../shared/schema/link";
import type { Okr } from "../../shared/schema/okr";
import type { Review } from "../../shared/schema/review";
import { Rng } from "./seed";

/** What to build. */
export interface BigJourneyOptions {
  /** Number of cards (0..20,000). */
  cards: number;
  /** Same seed, same journey. */
  seed: number;
  /** Columns; default grows with the card count (5..200). */
  stages?: number;
  /** Rows; default 7 (1..50). */
  lanes?: number;
}

const LANE_PLAN: readonly { kind: LaneKind; name: string; card: CardKind }[] = [
  { kind: "actions", name: "Customer actions", card: "action" },
  { kind: "touchpoints", name: "Touchpoints", card: "touchpoint" },
  { kind: "emotions", name: "Gefühle 😊", card: "note" },
  { kind: "painPoints", name: "Pain points", card: "painPoint" },
  { kind: "opportunities", name: "Opportunities", card: "opportunity" },
  { kind: "backstage", name: "Backstage", card: "action" },
  { kind: "notes", name: "Notizen", card: "note" },
];
const WORDS = ["sign-up", "Rechnung", "checkout", "onboarding", "Kündigung", "support call", "e-mail", "app review", "Zahlung", "FAQ", "chat 💬", "delivery 📦"];
const TEAMS = ["Marketing", "Growth", "Product", "Customer Care", "Billing", "Logistik", "Data", "Legal"];
const CHANNELS = ["web", "app", "email", "phone", "chat", "store"] as const;

/** A valid journey of `cards` cards; see the module comment. */
export function makeBigJourney(options: BigJourneyOptions): Journey {
  const rng = new Rng(options.seed);
  const total = Math.max(0, Math.min(20_000, Math.floor(options.cards)));
  const stageCount = Math.max(1, Math.min(200, options.stages ?? Math.max(5, Math.ceil(Math.sqrt(total / 6)))));
  const laneCount = Math.max(1, Math.min(50, options.lanes ?? 7));
  const word = (): string => rng.pick(WORDS) ?? "step";

  const stages = Array.from({ length: stageCount }, (_, i) => (i % 4 === 0 ? { id: `s${i}`, name: `Stage ${i + 1}: ${word()}`, description: `What happens in stage ${i + 1}` } : { id: `s${i}`, name: `Stage ${i + 1}: ${word()}` }));
  const lanes: Lane[] = Array.from({ length: laneCount }, (_, i) => {
    const plan = LANE_PLAN[i % LANE_PLAN.length] ?? LANE_PLAN[0];
    return { id: `l${i}`, name: i < LANE_PLAN.length ? plan?.name ?? "Lane" : `${plan?.name ?? "Lane"} ${i}`, kind: plan?.kind ?? "notes" };
  });
  const teams = TEAMS.map((name, i) => ({ id: `team${i}`, name, color: `#${(0x3366cc + i * 0x111111).toString(16).slice(-6)}` }));
  const people = Array.from({ length: 16 }, (_, i) => ({ id: `p${i}`, name: `Person ${i} ${i % 3 === 0 ? "Müller" : "Smith"}`, teamId: `team${i % teams.length}` }));

  const cards: Card[] = [];
  for (let i = 0; i < total; i++) {
    const lane = i % laneCount;
    const stage = Math.floor((i / Math.max(1, total)) * stageCount);
    const kind = LANE_PLAN[lane % LANE_PLAN.length]?.card ?? "note";
    const card: Card = { id: `c${i}`, kind, stageId: `s${stage}`, laneId: `l${lane}`, title: `${word()} #${i}` };
    if (rng.chance(0.25)) card.description = `Beobachtet in ${rng.int(40)} von 100 Fällen; ${word()} dauert zu lange.`;
    if (kind === "action" || kind === "note") card.emotion = rng.int(5) - 2;
    if (kind === "touchpoint") {
      card.channel = rng.pick(CHANNELS) ?? "web";
      if (rng.chance(0.8)) card.ownerTeamId = `team${rng.int(teams.length)}`;
      if (rng.chance(0.1)) card.metrics = [{ kind: "CSAT", value: rng.int(50) / 10, target: 4.5, unit: "★" }];
    }
    if (kind === "painPoint" || kind === "opportunity") {
      if (kind === "painPoint") card.severity = 1 + rng.int(5);
      card.impact = 1 + rng.int(5);
      card.effort = 1 + rng.int(5);
      card.status = rng.pick(["open", "inProgress", "done"] as const) ?? "open";
      if (rng.chance(0.5)) card.votes = rng.int(12);
    }
    cards.push(card);
  }

  const links: Link[] = [];
  for (let i = 0; i + laneCount < total && links.length < Math.floor(total / 4); i += 1 + rng.int(6)) {
    links.push(rng.chance(0.3) ? { id: `k${links.length}`, from: `c${i}`, to: `c${i + laneCount}`, label: "next" } : { id: `k${links.length}`, from: `c${i}`, to: `c${i + laneCount}` });
  }
  const cardSample = (n: number): string[] => (total === 0 ? [] : Array.from({ length: n }, () => `c${rng.int(total)}`));
  const okrs: Okr[] = Array.from({ length: 5 }, (_, i) => ({
    id: `okr${i}`, objective: `Objective ${i + 1}: better ${word()}`, period: "2026-Q4",
    teamIds: i % 2 === 0 ? [`team${i}`, `team${i + 1}`] : [`team${i}`],
    keyResults: Array.from({ length: 3 }, (_, k) => ({ id: `kr${k}`, title: `Key result ${k + 1}`, metric: "CSAT" as const, baseline: 3, target: 4.5, current: 3 + rng.int(15) / 10, cardIds: cardSample(4) })),
  }));
  const reviews: Review[] = total === 0 ? [] : Array.from({ length: Math.floor(total / 20) }, (_, i) => ({
    id: `r${i}`, cardId: `c${rng.int(total)}`, reviewerId: `p${rng.int(people.length)}`,
    at: `2026-${String(1 + rng.int(12)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}T09:30:00Z`, status: rng.chance(0.7) ? "ok" : "needsWork",
  }));
  const comments: Comment[] = [];
  for (let i = 0; total > 0 && i < Math.floor(total / 20); i++) {
    const previous = comments[comments.length - 1];
    const reply = previous && rng.chance(0.3);
    comments.push({
      id: `m${i}`, cardId: reply ? previous.cardId : `c${rng.int(total)}`, author: `Person ${rng.int(16)}`,
      text: `Kommentar ${i}: ${word()} 👍`, at: "2026-11-21T10:00:00+01:00", ...(reply ? { replyTo: previous.id } : {}),
    });
  }
  return {
    format: "baton.journey", version: 1,
    title: `Big journey: ${total} cards`,
    description: "Generated by test/support/bigJourney.ts for benchmarks and load tests.",
    persona: { name: "Mara, office manager", goals: ["Send the first invoice within a day"] },
    stages, lanes, cards, links, teams, people,
    rotation: { cadenceDays: 14, startsOn: "2026-01-05", ownerIds: people.slice(0, 6).map((p) => p.id), overrides: [{ from: "2026-12-21", to: "2027-01-03", ownerId: "p7" }] },
    okrs, reviews, comments,
  };
}
