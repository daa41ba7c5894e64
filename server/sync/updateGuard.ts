import * as Y from "yjs";
import { valueTooDeep } from "./jsonDepth";

/**
 * What one document update from a client may cost (API-RULES.md, S14). A crafted Yjs update
 * can make decoding loop or allocate without bound (Yjs issues 479, 498, 687); these bounds
 * keep the work of one update linear in its size, which the socket's `maxPayload` caps.
 */
export interface UpdateLimits {
  /** Structs (items, GC and skip runs) in one update. */
  readonly maxStructs: number;
  /** Delete-set ranges in one update. */
  readonly maxDeleteRanges: number;
  /** No struct or deleted range may reach beyond this clock (keeps clock arithmetic exact). */
  readonly maxClock: number;
  /**
   * How deep a plain value (ContentAny, ContentJSON, an embed, a format attribute) may nest.
   * A value nested thousands deep decodes on a warm server but overflows the stack when the
   * snapshot holding it is read after a restart, which loses the whole map (issue 10, point 2).
   */
  readonly maxValueDepth: number;
}

export const DEFAULT_UPDATE_LIMITS: UpdateLimits = {
  maxStructs: 2_000_000,
  maxDeleteRanges: 2_000_000,
  maxClock: 2 ** 31,
  maxValueDepth: 64,
};

/** The plain values an item carries, for the depth check (Y types and strings carry none). */
function plainValues(content: Y.Item["content"]): unknown[] {
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.arr;
  if (content instanceof Y.ContentEmbed) return [content.embed];
  if (content instanceof Y.ContentFormat) return [content.value];
  return [];
}

/** An accepted update and, per Yjs client id, the clock just past its last struct. */
export interface CheckedUpdate {
  readonly update: Uint8Array;
  readonly clocks: ReadonlyMap<number, number>;
  /** `false` for an update with no struct and no deletion (S59): it changes nothing, so nothing stores it. */
  readonly changes: boolean;
}

/** Why an update was refused; becomes the close reason of the sender's socket. */
export class RejectedUpdate extends Error {
  override readonly name = "RejectedUpdate";
}

/**
 * Checks one V1 update before it is stored: it must be non-empty (Yjs #498), decode completely
 * (the V1 decoder reads at least one byte per value, so decoding is linear in the size and a
 * truncated update throws instead of looping, #479), and stay within `limits` (#687: run
 * lengths and clocks that would make later arithmetic or merging blow up), and no plain value
 * may nest deeper than `limits.maxValueDepth` (checked without recursion). There is no trial
 * apply on a scratch document: it cost five times the rest of the check and only catches
 * what the room's guarded apply catches anyway (Room.applyAndForward). Never throws anything
 * but `RejectedUpdate`.
 */
export function checkUpdate(update: Uint8Array, limits: UpdateLimits = DEFAULT_UPDATE_LIMITS): CheckedUpdate {
  if (update.byteLength === 0) throw new RejectedUpdate("empty update");
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    throw new RejectedUpdate(`undecodable update: ${(err as Error).message}`);
  }
  if (decoded.structs.length > limits.maxStructs) throw new RejectedUpdate("too many structs in one update");
  const clocks = new Map<number, number>();
  for (const s of decoded.structs) {
    const end = s.id.clock + s.length;
    if (!Number.isSafeInteger(end) || s.length < 0 || end > limits.maxClock) {
      throw new RejectedUpdate("struct clock out of range");
    }
    if (s instanceof Y.Skip) continue;
    if (s instanceof Y.Item && plainValues(s.content).some((v) => valueTooDeep(v, limits.maxValueDepth))) {
      throw new RejectedUpdate(`a value nested deeper than ${limits.maxValueDepth}`);
    }
    const prev = clocks.get(s.id.client);
    if (prev === undefined || end > prev) clocks.set(s.id.client, end);
  }
  let ranges = 0;
  for (const list of decoded.ds.clients.values()) {
    ranges += list.length;
    if (ranges > limits.maxDeleteRanges) throw new RejectedUpdate("too many deleted ranges in one update");
    for (const r of list) {
      const end = r.clock + r.len;
      if (!Number.isSafeInteger(end) || r.len < 0 || end > limits.maxClock) {
        throw new RejectedUpdate("deleted range out of range");
      }
    }
  }
  return { update, clocks, changes: decoded.structs.length > 0 || ranges > 0 };
}
