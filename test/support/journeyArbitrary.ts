/**
 * A fast-check arbitrary of VALID journey files (journey-format.md), with cross references
 * (cards in existing cells, links between different cards, owner teams, rotation owners and
 * overrides, shared OKRs with card ids, reviews, comments and replies on the same card),
 * Unicode strings (emoji, umlauts, right-to-left, combining marks), odd but valid ids
 * (`__proto__`, `constructor`), and optional fields and lists both present and absent
 * (including present-but-empty lists). Reusable by any test that needs journeys:
 *
 *   fc.assert(fc.property(journeyArbitrary(), (journey) => ...), { seed });
 */
import fc from "fast-check";
import { CARD_KINDS, CARD_STATUSES, CHANNELS } from "../../shared/schema/card";
import { LANE_KINDS } from "../../shared/schema/lane";
import { METRIC_KINDS } from "../../shared/schema/metric";
import { JOURNEY_STATUSES, type Journey } from "../../shared/schema/journey";
import type { Card } from "../../shared/schema/card";
import type { Comment } from "../../shared/schema/comment";
import type { Metric } from "../../shared/schema/metric";
import type { KeyResult, Okr } from "../../shared/schema/okr";
import type { Lane } from "../../shared/schema/lane";
import type { Link } from "../../shared/schema/link";
import type { Person } from "../../shared/schema/person";
import type { Persona } from "../../shared/schema/persona";
import type { Review } from "../../shared/schema/review";
import type { Stage } from "../../shared/schema/stage";
import type { Team } from "../../shared/schema/team";
import type { Override, Rotation } from "../../shared/schema/rotation";

/** How big the generated journeys may get. */
export interface JourneyArbitraryOptions {
  maxStages?: number;
  maxLanes?: number;
  maxCards?: number;
}

const SAMPLES = ["Müller & Söhne", "😀🎉👩‍👩‍👧", "שלום עולם", "مرحبا", "e\u0301", "  leading and trailing  ", "tab\tnew\nline", "\"quotes\" \\ backslash", "<b>&amp;</b>"];

/** A string of at most `max` UTF-16 code units and at least `min` (0 or 1). */
export function textArb(min: 0 | 1, max: number): fc.Arbitrary<string> {
  const cap = Math.min(Math.floor(max / 2), 24);
  return fc
    .oneof(
      fc.string({ unit: "binary", minLength: min, maxLength: cap }),
      fc.string({ minLength: min, maxLength: cap }),
      fc.constantFrom(...SAMPLES),
    )
    .filter((s) => s.length >= min && s.length <= max);
}

/** Valid ids, now and then one that is also a property name of `Object.prototype`. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(..."ABCXYZabcxyz0189_-"), minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "-", "_") },
);

const uniqueIds = (max: number, min = 0): fc.Arbitrary<string[]> => fc.uniqueArray(idArb, { minLength: min, maxLength: max });

/** A real calendar day `YYYY-MM-DD` between 1990 and 2100. */
export const dayArb: fc.Arbitrary<string> = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

/** An ISO 8601 time with a zone: `Z` or an offset, with or without milliseconds. */
export const timeArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }), fc.constantFrom("Z", "+01:00", "-05:30", ".msZ"))
  .map(([ms, zone]) => {
    const iso = new Date(ms).toISOString();
    if (zone === ".msZ") return iso;
    return `${iso.slice(0, 19)}${zone}`;
  });

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

/** The record arbitrary with every key in `optional` sometimes absent. */
type Model<T> = { [K in keyof T]?: fc.Arbitrary<T[K]> };
function withOptional<T extends object>(required: Model<T>, optional: Model<T>): fc.Arbitrary<T> {
  return fc
    .tuple(fc.record(required as Record<string, fc.Arbitrary<unknown>>), fc.record(optional as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] }))
    .map(([a, b]) => ({ ...a, ...b }) as T);
}

const metricArb: fc.Arbitrary<Metric> = withOptional<Metric>(
  { kind: fc.constantFrom(...METRIC_KINDS) },
  { label: textArb(0, 120), value: finite, target: finite, unit: textArb(0, 20), seriesId: idArb },
).map((m) => (m.kind === "custom" && m.label === undefined ? { ...m, label: "custom" } : m));

type ListMode = "absent" | "empty" | "full";
const listMode = fc.constantFrom<ListMode>("absent", "empty", "full", "full");

function subset<T>(items: readonly T[], min = 0): fc.Arbitrary<T[]> {
  if (items.length === 0) return fc.constant([]);
  return fc.array(fc.constantFrom(...items), { minLength: min, maxLength: Math.min(4, items.length + 1) });
}

/** Valid journeys; see the module comment. */
export function journeyArbitrary(options: JourneyArbitraryOptions = {}): fc.Arbitrary<Journey> {
  const { maxStages = 5, maxLanes = 4, maxCards = 14 } = options;
  return fc
    .record({
      // Mostly a real grid with cards in it; now and then an empty one.
      stageIds: fc.oneof({ weight: 1, arbitrary: uniqueIds(maxStages) }, { weight: 8, arbitrary: uniqueIds(maxStages, 1) }),
      laneIds: fc.oneof({ weight: 1, arbitrary: uniqueIds(maxLanes) }, { weight: 8, arbitrary: uniqueIds(maxLanes, 1) }),
      teamIds: uniqueIds(3),
      personIds: uniqueIds(4),
      cardIds: fc.oneof({ weight: 1, arbitrary: uniqueIds(maxCards) }, { weight: 4, arbitrary: uniqueIds(maxCards, Math.min(3, maxCards)) }),
      modes: fc.record({ links: listMode, teams: listMode, people: listMode, okrs: listMode, reviews: listMode, comments: listMode }),
    })
    .chain(({ stageIds, laneIds, teamIds, personIds, cardIds, modes }) => {
      const cells = stageIds.length > 0 && laneIds.length > 0;
      const cardsIds = cells ? cardIds : [];
      const teams = modes.teams === "full" ? teamIds : [];
      const people = modes.people === "full" ? personIds : [];
      const cardArb = (id: string): fc.Arbitrary<Card> =>
        withOptional<Card>(
          { id: fc.constant(id), kind: fc.constantFrom(...CARD_KINDS), stageId: fc.constantFrom(...stageIds), laneId: fc.constantFrom(...laneIds), title: textArb(1, 500) },
          {
            description: textArb(0, 10_000), channel: fc.constantFrom(...CHANNELS), emotion: fc.integer({ min: -2, max: 2 }),
            severity: fc.integer({ min: 1, max: 5 }), impact: fc.integer({ min: 1, max: 5 }), effort: fc.integer({ min: 1, max: 5 }),
            status: fc.constantFrom(...CARD_STATUSES), metrics: fc.array(metricArb, { maxLength: 3 }), votes: fc.nat({ max: 1_000_000 }),
            ...(teams.length > 0 ? { ownerTeamId: fc.constantFrom(...teams) } : {}),
          },
        );
      const list = <T>(mode: ListMode, arb: fc.Arbitrary<T[]>): fc.Arbitrary<T[] | undefined> =>
        mode === "absent" ? fc.constant(undefined) : mode === "empty" ? fc.constant([]) : arb;
      const linkArb: fc.Arbitrary<Link[]> = cardsIds.length < 2
        ? fc.constant([])
        : fc.uniqueArray(fc.tuple(idArb, fc.constantFrom(...cardsIds), fc.constantFrom(...cardsIds)), { maxLength: 6, selector: ([id]) => id })
            .chain((ts) => fc.tuple(...ts.filter(([, a, b]) => a !== b).map(([id, from, to]) => withOptional<Link>({ id: fc.constant(id), from: fc.constant(from), to: fc.constant(to) }, { label: textArb(0, 200) }))));
      const okrArb: fc.Arbitrary<Okr[]> = teams.length === 0
        ? fc.constant([])
        : fc.uniqueArray(idArb, { maxLength: 3 }).chain((ids) =>
            fc.tuple(...ids.map((id) =>
              withOptional<Okr>(
                {
                  id: fc.constant(id), objective: textArb(1, 300), teamIds: subset(teams, 1),
                  keyResults: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }).chain((krIds) =>
                    fc.tuple(...krIds.map((krId) =>
                      withOptional<KeyResult>({ id: fc.constant(krId), title: textArb(1, 300), target: finite }, { metric: fc.constantFrom(...METRIC_KINDS), baseline: finite, current: finite, cardIds: subset(cardsIds) })))),
                },
                { period: textArb(0, 40) },
              ))));
      const reviewArb: fc.Arbitrary<Review[]> = cardsIds.length === 0 || people.length === 0
        ? fc.constant([])
        : fc.uniqueArray(idArb, { maxLength: 4 }).chain((ids) => fc.tuple(...ids.map((id) =>
            withOptional<Review>({ id: fc.constant(id), cardId: fc.constantFrom(...cardsIds), reviewerId: fc.constantFrom(...people), at: timeArb, status: fc.constantFrom("ok" as const, "needsWork" as const) }, { note: textArb(0, 2000) }))));
      const commentArb: fc.Arbitrary<Comment[]> = cardsIds.length === 0
        ? fc.constant([])
        : fc.uniqueArray(idArb, { maxLength: 5 }).chain((ids) => fc.tuple(...ids.map((id) =>
            withOptional<Comment>({ id: fc.constant(id), cardId: fc.constantFrom(...cardsIds), author: textArb(1, 120), text: textArb(1, 5000), at: timeArb }, { resolved: fc.boolean(), replyTo: fc.constant("?") }))))
          .map((comments) => comments.map((c, i) => {
            if (c.replyTo === undefined) return c;
            // A reply answers an earlier comment on the same card, or itself (allowed, SPEC decision 9).
            const target = comments.slice(0, i).find((d) => d.cardId === c.cardId)?.id ?? c.id;
            return { ...c, replyTo: target };
          }));
      const overrideArb: fc.Arbitrary<Override> = fc.tuple(dayArb, dayArb, fc.constantFrom(...(people.length > 0 ? people : ["x"])))
        .map(([a, b, ownerId]) => (a <= b ? { from: a, to: b, ownerId } : { from: b, to: a, ownerId }));
      const rotationArb: fc.Arbitrary<Rotation | undefined> = people.length === 0
        ? fc.constant(undefined)
        : fc.option(withOptional<Rotation>({ cadenceDays: fc.integer({ min: 1, max: 365 }), startsOn: dayArb, ownerIds: subset(people, 1) }, { overrides: fc.array(overrideArb, { maxLength: 3 }) }), { nil: undefined });

      return withOptional<Journey>(
        {
          format: fc.constant("baton.journey" as const),
          version: fc.constant(1 as const),
          title: textArb(1, 200),
          stages: fc.tuple(...stageIds.map((id) => withOptional<Stage>({ id: fc.constant(id), name: textArb(1, 120) }, { description: textArb(0, 2000) }))),
          lanes: fc.tuple(...laneIds.map((id) => withOptional<Lane>({ id: fc.constant(id), name: textArb(1, 120), kind: fc.constantFrom(...LANE_KINDS) }, {}))),
          cards: fc.tuple(...cardsIds.map(cardArb)),
        },
        {
          description: textArb(0, 10_000),
          persona: withOptional<Persona>({ name: textArb(1, 120) }, { description: textArb(0, 2000), goals: fc.array(textArb(0, 500), { maxLength: 4 }) }),
          status: fc.constantFrom(...JOURNEY_STATUSES),
          group: textArb(0, 120),
          tags: fc.array(textArb(0, 60), { maxLength: 4 }),
        },
      ).chain((base) =>
        fc.record({
          links: list(modes.links, linkArb),
          teams: list(modes.teams, fc.tuple(...teams.map((id) => withOptional<Team>({ id: fc.constant(id), name: textArb(1, 120) }, { color: fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF"), minLength: 6, maxLength: 6 }).map((h) => `#${h}`) })))),
          people: list(modes.people, fc.tuple(...people.map((id) => withOptional<Person>({ id: fc.constant(id), name: textArb(1, 120) }, teams.length > 0 ? { teamId: fc.constantFrom(...teams) } : {})))),
          rotation: rotationArb,
          okrs: list(modes.okrs, okrArb),
          reviews: list(modes.reviews, reviewArb),
          comments: list(modes.comments, commentArb),
        }).map((rest) => {
          const journey: Record<string, unknown> = { ...base };
          for (const [key, value] of Object.entries(rest)) if (value !== undefined) journey[key] = value;
          return journey as Journey;
        }),
      );
    });
}
