import * as Y from "yjs";
import { IdSchema } from "../../shared/schema/common";
import { BallotSchema } from "../../shared/workshop/voting";

/**
 * What a participant's document update may touch (API-RULES.md P3): ballots in
 * `workshop.ballots`, new comments with their fields, and the `resolved` field of existing
 * comments. Everything else of the map is out of reach.
 *
 * Each Item of the update is placed by resolving its parent: a root name, a parent id (a type
 * item, looked up in the live document's store or earlier in the same update), or, when the
 * update carries no parent (it has an origin), its origin's or right origin's parent and key.
 * Each deleted range must lie on structs the server has (live or in this update) that are
 * ballots or `resolved` fields. Work is bounded: every struct is resolved once (memoised,
 * iteratively, no recursion on the update) and a deletion visits at most `MAX_DELETE_VISITS`
 * structs of the live store.
 */

/** Where an item sits, as far as the participant rules care. */
type Place =
  | { readonly kind: "ballotsMap" }
  | { readonly kind: "ballot"; readonly key: string }
  | { readonly kind: "comment"; readonly key: string }
  | { readonly kind: "commentField"; readonly key: string; readonly newComment: boolean }
  | { readonly kind: "dead" }
  | { readonly kind: "other" };

/** A parent: a root type's name, or a type item of the live document or of the update. */
type Container = { readonly root: string } | { readonly place: Place; readonly isNew: boolean };

const OTHER: Place = { kind: "other" };
const DEAD: Place = { kind: "dead" };

/** Fields a new comment may carry (the comment schema's fields plus its `order`, LAYOUT.md L3). */
const COMMENT_FIELDS = new Set(["cardId", "author", "text", "at", "resolved", "replyTo", "order"]);
/** A ballot key: `<roundId>.<voterToken>` (W3). */
const BALLOT_KEY = /^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{1,64}$/;
/** Structs of the live store one update's deletions may visit. */
export const MAX_DELETE_VISITS = 100_000;
/** How deep a live item's parents are followed (allowed places are at most two below a root). */
const MAX_LIVE_DEPTH = 4;

/** Why a participant's update was refused (the close reason, P4). */
export class ParticipantRefusal extends Error {
  override readonly name = "ParticipantRefusal";
}

function placeIn(container: Container, sub: string | null): Place {
  if ("root" in container) {
    if (container.root === "workshop" && sub === "ballots") return { kind: "ballotsMap" };
    if (container.root === "comments" && sub !== null) return { kind: "comment", key: sub };
    return OTHER;
  }
  const p = container.place;
  if (p.kind === "dead") return DEAD;
  if (sub === null) return OTHER;
  if (p.kind === "ballotsMap") return { kind: "ballot", key: sub };
  if (p.kind === "comment") return { kind: "commentField", key: sub, newComment: container.isNew };
  return OTHER;
}

/** Checks participant updates against one live document (P3). */
class ScopeCheck {
  private readonly roots = new Map<Y.AbstractType<unknown>, string>();
  private readonly byClient = new Map<number, number[]>();
  /** Per struct index of the update: its container and key, once resolved. */
  private readonly resolved = new Map<number, { container: Container; sub: string | null } | "dead">();

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  ) {
    structs.forEach((s, i) => {
      const list = this.byClient.get(s.id.client);
      if (list) list.push(i);
      else this.byClient.set(s.id.client, [i]);
    });
    for (const list of this.byClient.values()) list.sort((a, b) => (structs[a] as Y.Item).id.clock - (structs[b] as Y.Item).id.clock);
  }

  /** The index of the update's struct holding `id`, or -1. */
  inUpdate(id: Y.ID): number {
    const list = this.byClient.get(id.client);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.structs[list[mid] as number] as Y.Item;
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return list[mid] as number;
    }
    return -1;
  }

  /** The live struct holding `id`, or null. */
  live(id: Y.ID): Y.Item | Y.GC | null {
    const structs = this.doc.store.clients.get(id.client);
    if (!structs || id.clock >= Y.getState(this.doc.store, id.client)) return null;
    try {
      return structs[Y.findIndexSS(structs, id.clock)] ?? null;
    } catch {
      return null;
    }
  }

  private rootName(type: Y.AbstractType<unknown>): string {
    let name = this.roots.get(type);
    if (name === undefined) {
      try {
        name = Y.findRootTypeKey(type);
      } catch {
        name = "";
      }
      this.roots.set(type, name);
    }
    return name;
  }

  /** The place of a live item (`item.parent` is its type once integrated). */
  livePlace(item: Y.Item | Y.GC): Place {
    if (!(item instanceof Y.Item)) return DEAD;
    const chain: Y.Item[] = [item];
    let cur: Y.Item = item;
    for (;;) {
      const parent = cur.parent as Y.AbstractType<unknown> | null;
      if (!(parent instanceof Y.AbstractType)) return DEAD;
      if (parent._item === null) {
        let place = placeIn({ root: this.rootName(parent) }, cur.parentSub);
        for (let i = chain.length - 2; i >= 0; i--) place = placeIn({ place, isNew: false }, (chain[i] as Y.Item).parentSub);
        return place;
      }
      if (chain.length > MAX_LIVE_DEPTH) return OTHER;
      cur = parent._item;
      chain.push(cur);
    }
  }

  /** Container of a live type item. */
  private liveContainer(item: Y.Item | Y.GC | null): Container | "dead" | null {
    if (item === null) return null;
    if (!(item instanceof Y.Item)) return "dead";
    if (!(item.content instanceof Y.ContentType)) return null;
    return { place: this.livePlace(item), isNew: false };
  }

  /**
   * Resolves the update's struct `start` (and whatever it depends on) to its container and key.
   * Iterative with an explicit stack; a reference to nothing the server has, or a cycle, refuses.
   */
  resolve(start: number): { container: Container; sub: string | null } | "dead" {
    const stack = [start];
    const onStack = new Set<number>([start]);
    while (stack.length > 0) {
      const i = stack[stack.length - 1] as number;
      if (this.resolved.has(i)) {
        stack.pop();
        onStack.delete(i);
        continue;
      }
      const s = this.structs[i];
      if (!(s instanceof Y.Item)) {
        this.resolved.set(i, "dead");
        continue;
      }
      const need = (j: number): void => {
        if (onStack.has(j)) throw new ParticipantRefusal("an update that refers to itself");
        stack.push(j);
        onStack.add(j);
      };
      if (typeof s.parent === "string") {
        this.resolved.set(i, { container: { root: s.parent }, sub: s.parentSub });
      } else if (s.parent instanceof Y.ID) {
        const j = this.inUpdate(s.parent);
        if (j >= 0) {
          const pj = this.resolved.get(j);
          if (pj === undefined) {
            need(j);
            continue;
          }
          const ps = this.structs[j];
          if (pj === "dead" || !(ps instanceof Y.Item)) this.resolved.set(i, "dead");
          else if (!(ps.content instanceof Y.ContentType)) throw new ParticipantRefusal("a parent that is not a type");
          else this.resolved.set(i, { container: { place: placeIn(pj.container, pj.sub), isNew: true }, sub: s.parentSub });
        } else {
          const c = this.liveContainer(this.live(s.parent));
          if (c === null) throw new ParticipantRefusal("a parent the server does not have");
          this.resolved.set(i, c === "dead" ? "dead" : { container: c, sub: s.parentSub });
        }
      } else {
        const ref = s.origin ?? s.rightOrigin;
        if (!ref) throw new ParticipantRefusal("an item without a parent");
        const j = this.inUpdate(ref);
        if (j >= 0) {
          const rj = this.resolved.get(j);
          if (rj === undefined) {
            need(j);
            continue;
          }
          this.resolved.set(i, rj);
        } else {
          const item = this.live(ref);
          if (item === null) throw new ParticipantRefusal("a neighbour the server does not have");
          if (!(item instanceof Y.Item)) this.resolved.set(i, "dead");
          else {
            const parent = item.parent as Y.AbstractType<unknown> | null;
            if (!(parent instanceof Y.AbstractType)) this.resolved.set(i, "dead");
            else if (parent._item === null) this.resolved.set(i, { container: { root: this.rootName(parent) }, sub: item.parentSub });
            else this.resolved.set(i, { container: { place: this.livePlace(parent._item), isNew: false }, sub: item.parentSub });
          }
        }
      }
    }
    return this.resolved.get(start) as { container: Container; sub: string | null } | "dead";
  }

  /** The place of the update's struct `i`. */
  placeOf(i: number): Place {
    const r = this.resolve(i);
    return r === "dead" ? DEAD : placeIn(r.container, r.sub);
  }

  /** `true` when the live root map `root` holds a visible value under `key`. */
  liveHas(root: string, key: string): boolean {
    const type = this.doc.share.get(root);
    const item = type?._map.get(key);
    return item !== undefined && !item.deleted;
  }
}

function oneValue(item: Y.Item): unknown {
  return item.content instanceof Y.ContentAny && item.content.arr.length === 1 ? item.content.arr[0] : undefined;
}

/** Refuses an inserted item that a participant may not write. */
function checkInsert(check: ScopeCheck, item: Y.Item, place: Place): void {
  const deleted = item.content instanceof Y.ContentDeleted;
  switch (place.kind) {
    case "dead":
      return;
    case "ballotsMap":
      if (check.liveHas("workshop", "ballots")) throw new ParticipantRefusal("a participant may not replace the ballots");
      if (!deleted && !(item.content instanceof Y.ContentType && item.content.type instanceof Y.Map)) throw new ParticipantRefusal("the ballots must be a map");
      return;
    case "ballot":
      if (!BALLOT_KEY.test(place.key)) throw new ParticipantRefusal("not a ballot key");
      if (!deleted && !BallotSchema.safeParse(oneValue(item)).success) throw new ParticipantRefusal("not a ballot");
      return;
    case "comment":
      if (!IdSchema.safeParse(place.key).success) throw new ParticipantRefusal("not a comment id");
      if (check.liveHas("comments", place.key)) throw new ParticipantRefusal("a participant may not replace a comment");
      if (!deleted && !(item.content instanceof Y.ContentType && item.content.type instanceof Y.Map)) throw new ParticipantRefusal("a comment must be a map");
      return;
    case "commentField":
      if (place.newComment ? !COMMENT_FIELDS.has(place.key) : place.key !== "resolved") {
        throw new ParticipantRefusal(place.newComment ? "not a comment field" : "a participant may only resolve an existing comment");
      }
      if (deleted) return;
      if (place.newComment ? !(item.content instanceof Y.ContentAny && item.content.arr.length === 1) : typeof oneValue(item) !== "boolean") {
        throw new ParticipantRefusal("not a comment value");
      }
      return;
    case "other":
      throw new ParticipantRefusal("a participant may only vote and comment");
  }
}

/** May a participant delete a live struct at `place`? */
function mayDelete(place: Place): boolean {
  return place.kind === "dead" || place.kind === "ballot" || (place.kind === "commentField" && place.key === "resolved");
}

/**
 * Throws `ParticipantRefusal` unless every struct `update` inserts and every range it deletes
 * lies inside what a participant may write (P3), and every struct is of a Yjs client id the
 * sender owns in presence (`ownedClients`, S17) and continues that client's clock in the live
 * document without a gap. Never throws anything else: a struct Yjs cannot place is refused.
 */
export function checkParticipantUpdate(doc: Y.Doc, update: Uint8Array, ownedClients: ReadonlySet<number>): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new ParticipantRefusal("undecodable update");
  }
  try {
    checkDecoded(doc, decoded, ownedClients);
  } catch (err) {
    if (err instanceof ParticipantRefusal) throw err;
    throw new ParticipantRefusal(`an update the server cannot place: ${(err as Error).message}`);
  }
}

function checkDecoded(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>, ownedClients: ReadonlySet<number>): void {
  const structs = decoded.structs;
  const check = new ScopeCheck(doc, structs);
  const firstClock = new Map<number, number>();
  for (const s of structs) {
    if (s instanceof Y.Skip || s.id.clock + s.length <= Y.getState(doc.store, s.id.client)) continue;
    const cur = firstClock.get(s.id.client);
    if (cur === undefined || s.id.clock < cur) firstClock.set(s.id.client, s.id.clock);
  }
  for (const [client, clock] of firstClock) {
    if (!ownedClients.has(client)) throw new ParticipantRefusal("a participant writes only as a client it announced in presence");
    if (clock > Y.getState(doc.store, client)) throw new ParticipantRefusal("a gap in the participant's own clock");
  }
  structs.forEach((s, i) => {
    if (s instanceof Y.Item && s.id.clock + s.length > Y.getState(doc.store, s.id.client)) checkInsert(check, s, check.placeOf(i));
  });
  let visits = 0;
  for (const [client, ranges] of decoded.ds.clients) {
    for (const r of ranges) {
      let clock = r.clock;
      const end = r.clock + r.len;
      while (clock < end) {
        if (++visits > MAX_DELETE_VISITS) throw new ParticipantRefusal("too many deletions");
        const id = Y.createID(client, clock);
        const live = check.live(id);
        if (live) {
          if (!live.deleted && !mayDelete(check.livePlace(live))) throw new ParticipantRefusal("a participant may only delete ballots and take back a resolution");
          clock = live.id.clock + live.length;
          continue;
        }
        const inUpdate = structs[check.inUpdate(id)];
        if (!inUpdate) throw new ParticipantRefusal("a deletion of something the server does not have");
        clock = inUpdate.id.clock + inUpdate.length;
      }
    }
  }
}
