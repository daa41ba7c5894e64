/**
 * Cuts one big Yjs update into slices that, applied in order, change a document exactly as the
 * update does (S54): the structs in clock order, at most `maxStructs` per slice (each client's
 * structs stay contiguous, and an item only ever refers to items of lower clocks or already
 * there), the delete set in a slice of its own at the end. The room applies the slices with a
 * yield between them, so a 20,000-card PUT never holds the event loop for its whole apply.
 * Runs in the worker thread.
 */
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** Structs per slice: about 10-30 ms of `Y.applyUpdate` each on the shared 2-core machine. */
export const SLICE_STRUCTS = 1_500;

type Struct = ReturnType<typeof Y.decodeUpdate>["structs"][number];
type DeleteSet = ReturnType<typeof Y.decodeUpdate>["ds"];

function encodeSlice(groups: readonly (readonly [number, readonly Struct[]])[], ds: DeleteSet | null): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, groups.length);
  for (const [client, structs] of groups) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, (structs[0] as Struct).id.clock);
    for (const s of structs) s.write(encoder, 0);
  }
  // The delete set, as Yjs writes it (clients in descending order).
  const clients = ds ? [...ds.clients.entries()].sort((a, b) => b[0] - a[0]) : [];
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, items] of clients) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, items.length);
    for (const item of items) {
      encoder.writeDsClock(item.clock);
      encoder.writeDsLen(item.len);
    }
  }
  return encoder.toUint8Array();
}

/** Leading and trailing skips carry nothing; a slice must not start with one. */
function trimSkips(structs: Struct[]): Struct[] {
  let from = 0;
  let to = structs.length;
  while (from < to && structs[from] instanceof Y.Skip) from++;
  while (to > from && structs[to - 1] instanceof Y.Skip) to--;
  return structs.slice(from, to);
}

/** `update` as slices of at most `maxStructs` structs (V1 format); `[update]` when it is small. */
export function sliceUpdate(update: Uint8Array, maxStructs = SLICE_STRUCTS): Uint8Array[] {
  const { structs, ds } = Y.decodeUpdate(update);
  if (structs.length <= maxStructs) return [update];
  const byClient = new Map<number, Struct[]>();
  for (const s of structs) {
    const list = byClient.get(s.id.client);
    if (list) list.push(s);
    else byClient.set(s.id.client, [s]);
  }
  const slices: Uint8Array[] = [];
  let groups: (readonly [number, Struct[]])[] = [];
  let count = 0;
  const flush = (): void => {
    if (groups.length > 0) slices.push(encodeSlice(groups, null));
    groups = [];
    count = 0;
  };
  for (const [client, list] of byClient) {
    for (let i = 0; i < list.length; ) {
      const take = Math.min(maxStructs - count, list.length - i);
      const part = trimSkips(list.slice(i, i + take));
      if (part.length > 0) groups.push([client, part]);
      count += take;
      i += take;
      if (count >= maxStructs) flush();
    }
  }
  flush();
  if (ds.clients.size > 0) slices.push(encodeSlice([], ds));
  return slices;
}
