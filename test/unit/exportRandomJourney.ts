/**
 * Seeded random journeys for the export tests: random grids, card kinds and fields, links, and
 * text drawn from a mix of plain words, long words, markup, emoji and right-to-left script.
 */
import type { Card } from "../../shared/schema/card";
import { CARD_KINDS, CHANNELS, CARD_STATUSES } from "../../shared/schema/card";
import { LANE_KINDS } from "../../shared/schema/lane";
import { METRIC_KINDS } from "../../shared/schema/metric";
import type { Journey } from "../../shared/schema/journey";
import { PAYLOADS } from "./exportPayloads";

import { rng } from "../support/seed";

export { rng };

const WORDS = ["customer", "sign-up", "invoice", "Kündigung", "e-mail", "support", "chat", "Supercalifragilisticexpialidocious-onboarding-flow",
  "wait", "app", "\u0645\u0631\u062d\u0628\u0627", "\ud83d\ude80", "\u4e2d\u6587", "a", "OK", "17:00", "#1", "100%"];

export function randomJourney(seed: number, opts: { stages?: number; lanes?: number; cards?: number; links?: number } = {}): Journey {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = <T>(v: () => T): T | undefined => (r() < 0.5 ? v() : undefined);
  const text = (max: number) => {
    const s = r() < 0.1 ? pick(PAYLOADS) : Array.from({ length: int(1, 14) }, () => pick(WORDS)).join(" ");
    return s.slice(0, max) || "x";
  };
  const nStages = opts.stages ?? int(0, 7);
  const nLanes = opts.lanes ?? int(0, 6);
  const stages = Array.from({ length: nStages }, (_, i) => ({ id: `s${i}`, name: text(120), ...(r() < 0.3 ? { description: text(2000) } : {}) }));
  const lanes = Array.from({ length: nLanes }, (_, i) => ({ id: `l${i}`, name: text(120), kind: pick(LANE_KINDS) }));
  const teams = Array.from({ length: int(0, 5) }, (_, i) => ({
    id: `t${i}`, name: text(120), ...(r() < 0.8 ? { color: `#${Math.floor(r() * 0xffffff).toString(16).padStart(6, "0")}` } : {}),
  }));
  const cards: Card[] = [];
  const nCards = nStages === 0 || nLanes === 0 ? 0 : (opts.cards ?? int(0, 40));
  for (let i = 0; i < nCards; i++) {
    const card: Card = { id: `c${i}`, kind: pick(CARD_KINDS), stageId: pick(stages).id, laneId: pick(lanes).id, title: text(500) };
    const channel = maybe(() => pick(CHANNELS));
    if (channel) card.channel = channel;
    const emotion = maybe(() => int(-2, 2));
    if (emotion !== undefined) card.emotion = emotion;
    const severity = maybe(() => int(1, 5));
    if (severity !== undefined) card.severity = severity;
    const impact = maybe(() => int(1, 5));
    if (impact !== undefined) card.impact = impact;
    const effort = maybe(() => int(1, 5));
    if (effort !== undefined) card.effort = effort;
    const status = maybe(() => pick(CARD_STATUSES));
    if (status) card.status = status;
    if (teams.length > 0 && r() < 0.5) card.ownerTeamId = pick(teams).id;
    const votes = maybe(() => int(0, 30));
    if (votes !== undefined) card.votes = votes;
    if (r() < 0.3) {
      card.metrics = Array.from({ length: int(1, 3) }, () => {
        const kind = pick(METRIC_KINDS);
        return {
          kind,
          ...(kind === "custom" || r() < 0.3 ? { label: text(120) } : {}),
          ...(r() < 0.8 ? { value: Math.round(r() * 20000) / 100 - 50 } : {}),
          ...(r() < 0.7 ? { target: Math.round(r() * 10000) / 100 } : {}),
          ...(r() < 0.6 ? { unit: pick(["%", "min", "1-5", "\u20ac", "pts"]) } : {}),
        };
      });
    }
    cards.push(card);
  }
  const nLinks = cards.length < 2 ? 0 : (opts.links ?? int(0, Math.min(30, cards.length)));
  const links = Array.from({ length: nLinks }, (_, i) => {
    const from = pick(cards).id;
    let to = pick(cards).id;
    if (to === from) to = cards.find((c) => c.id !== from)?.id ?? to;
    return { id: `k${i}`, from, to, ...(r() < 0.4 ? { label: text(200) } : {}) };
  });
  return {
    format: "baton.journey",
    version: 1,
    title: text(200),
    ...(r() < 0.5 ? { description: text(10_000) } : {}),
    ...(r() < 0.7 ? { persona: { name: text(120), ...(r() < 0.5 ? { description: text(2000) } : {}), ...(r() < 0.5 ? { goals: [text(500), text(500)] } : {}) } } : {}),
    stages,
    lanes,
    cards,
    links,
    teams,
  };
}
