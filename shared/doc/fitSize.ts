/**
 * The last step of reading: put the journey together in the file's key order and keep it under
 * the format's 5 MiB of JSON, which `validateJourney` enforces. A document can outgrow it (20,000
 * cards with long descriptions); the reader then drops whole lists, least central first
 * (comments, reviews, links, OKRs, people with the rotation, teams), then cards from the end,
 * and reports each step. Sizes are the items' JSON bytes as read (exact for valid items, an
 * upper bound for items whose references were cleaned), so a valid file is never cut.
 */
import { LIMITS } from "../schema/common";
import { JOURNEY_FORMAT, JOURNEY_VERSION, type Journey } from "../schema/journey";
import { utf8Bytes } from "../validation/walk";
import type { DocProblem } from "./docProblem";
import type { OptionalList } from "./layout";
import type { Item } from "./parseEntity";
import type { MetaReading, RawRotation } from "./readMeta";

/** An item with the UTF-8 bytes of its JSON. */
export interface Sized {
  readonly value: Item;
  readonly bytes: number;
}

type ListName = "stages" | "lanes" | "cards" | OptionalList;

const DROP_ORDER: readonly OptionalList[] = ["comments", "reviews", "links", "okrs", "people", "teams"];

function build(head: MetaReading, rotation: RawRotation | undefined, lists: Record<ListName, readonly Sized[]>, empty: boolean): Journey {
  const present = (name: OptionalList): boolean => lists[name].length > 0 || head.lists.has(name);
  const items = (name: ListName): Item[] => (empty ? [] : lists[name].map((s) => s.value));
  const out: Record<string, unknown> = { format: JOURNEY_FORMAT, version: JOURNEY_VERSION, title: head.title };
  if (head.description !== undefined) out["description"] = head.description;
  if (head.persona !== undefined) out["persona"] = head.persona;
  if (head.status !== undefined) out["status"] = head.status;
  if (head.group !== undefined) out["group"] = head.group;
  if (head.tags !== undefined) out["tags"] = head.tags;
  out["stages"] = items("stages");
  out["lanes"] = items("lanes");
  out["cards"] = items("cards");
  for (const name of ["links", "teams", "people"] as const) if (present(name)) out[name] = items(name);
  if (rotation !== undefined) out["rotation"] = rotation;
  for (const name of ["okrs", "reviews", "comments"] as const) if (present(name)) out[name] = items(name);
  return out as unknown as Journey;
}

function listBytes(list: readonly Sized[]): number {
  let n = Math.max(0, list.length - 1);
  for (const s of list) n += s.bytes;
  return n;
}

/** The journey file of `head`, `rotation` and `lists`, cut to the size limit if it must be. */
export function fitSize(
  head: MetaReading,
  rotation: RawRotation | undefined,
  lists: Record<ListName, Sized[]>,
  problems: DocProblem[],
): Journey {
  const names = Object.keys(lists) as ListName[];
  const total = (): number => {
    let n = utf8Bytes(JSON.stringify(build(head, rotation, lists, true)));
    for (const name of names) n += listBytes(lists[name]);
    return n;
  };
  let size = total();
  if (size <= LIMITS.jsonBytes) return build(head, rotation, lists, false);

  problems.push({ collection: "journey", id: "", message: `is ${size} bytes of JSON, over the limit of ${LIMITS.jsonBytes}; lists are left out until it fits` });
  for (const name of DROP_ORDER) {
    if (size <= LIMITS.jsonBytes) break;
    if (lists[name].length > 0) problems.push({ collection: name, id: "", message: `all ${lists[name].length} left out: the journey is over the size limit` });
    lists[name] = [];
    if (name === "people" && rotation !== undefined) {
      rotation = undefined;
      problems.push({ collection: "rotation", id: "", message: "left out with the people: the journey is over the size limit" });
    }
    if (name === "teams") {
      lists.cards = lists.cards.map((s) => {
        if (s.value["ownerTeamId"] === undefined) return s;
        const value: Item = { ...s.value };
        delete value["ownerTeamId"];
        return { value, bytes: s.bytes };
      });
    }
    size = total();
  }
  let cut = 0;
  while (size > LIMITS.jsonBytes && lists.cards.length > 0) {
    const last = lists.cards.pop() as Sized;
    size -= last.bytes + 1;
    cut++;
  }
  if (cut > 0) problems.push({ collection: "cards", id: "", message: `the last ${cut} cards left out: the journey is over the size limit` });
  return build(head, rotation, lists, false);
}
