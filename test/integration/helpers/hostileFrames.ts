/**
 * Frames of the attacks of issue 10, for the corpus, the regression tests and the soak: values
 * nested deep, fresh-id floods, spoofed ids and parked large states. Every builder is
 * deterministic in its arguments.
 */
import * as Y from "yjs";
import * as encoding from "lib0/encoding";

/** `messageAwareness` around entries `[clientID, clock, JSON text]`. */
export function awarenessFrame(entries: readonly (readonly [number, number, string])[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [id, clock, json] of entries) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/**
 * A V1 update inserting one ContentAny value nested `depth` arrays deep into array "a", built
 * by hand (Yjs's own encoder would overflow the stack long before 100,000). Two bytes a level.
 */
export function deepAnyUpdate(depth: number, clientID = 424_242): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getArray("a").insert(0, ["DEEPMARK"]);
  const u = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const mark = [119, 8, ...new TextEncoder().encode("DEEPMARK")]; // writeAny: string
  const at = u.findIndex((_, i) => mark.every((b, k) => u[i + k] === b));
  if (at < 0) throw new Error("marker not found");
  const levels = new Uint8Array(depth * 2);
  for (let i = 0; i < depth; i++) levels.set([117, 1], i * 2); // writeAny: array of one
  return Uint8Array.from([...u.subarray(0, at), ...levels, ...u.subarray(at)]);
}

/** An awareness state nested `depth` arrays deep (text; never parsed by the sender). */
export function deepStateFrame(clientID: number, depth: number): Uint8Array {
  return awarenessFrame([[clientID, 1, `{"a":${"[".repeat(depth)}${"]".repeat(depth)}}`]]);
}

/** 16 fresh client ids with a `null` state (the 1.3 GB flood), starting at `first`. */
export function nullFloodFrame(first: number): Uint8Array {
  return awarenessFrame(Array.from({ length: 16 }, (_, i) => [first + i, 0, "null"] as const));
}

/** 16 fresh client ids with small states (claims beyond the per-socket bound), starting at `first`. */
export function freshIdFrame(first: number): Uint8Array {
  return awarenessFrame(Array.from({ length: 16 }, (_, i) => [first + i, 1, `{"user":{"name":"bot ${first + i}","color":"#ff0000"}}`] as const));
}

/** A state for someone else's `clientID`: overwrite (`state`) or remove (`null`), with a high clock. */
export function spoofFrame(clientID: number, state: unknown, clock = 1_000_000): Uint8Array {
  return awarenessFrame([[clientID, clock, JSON.stringify(state)]]);
}

/** A large parked state of `bytes` (under or over the 64 KiB bound) for `clientID`. */
export function parkedStateFrame(clientID: number, bytes: number): Uint8Array {
  return awarenessFrame([[clientID, 1, JSON.stringify({ user: { name: "parker", color: "#00ff00" }, blob: "p".repeat(bytes) })]]);
}
