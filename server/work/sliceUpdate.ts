/**
 * Cuts one big Yjs update into slices that, applied in order, change a document exactly as the
 * update does (S54): the structs in clock order, at most `maxStructs` per slice (each client's
 * structs stay contiguous, and an item only ever refers to items of lower clocks or already
 * there), then the delete set in slices of at most four times as many deleted clocks. The room applies the slices with a
 * yield between them, so a 20,000-card PUT never holds the event loop for its whole apply.
 * Runs in the worker thread.
 */
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** Structs per slice: about 5-20 ms of `Y.applyUpdate` each on the shared 2-core machine. */
export const SLICE_STRUCTS = 500;

/** Deleted clocks per slice, per struct allowed: deleting is cheaper than integrating. */
const DELETES_PER_STRUCT = 4;

type Struct = ReturnType<typeof Y.decodeUpdate>["structs"][number];
type DeleteSet = ReturnType<typeof Y.decodeUpdate>["ds"];
type Deletes = readonly (readonly [number, readonly { clock: number; len: number }[]])[];

/** The delete set as slices of at most `maxClocks` deleted clocks each (long ranges are cut). */
function sliceDeletes(ds: DeleteSet, maxClocks: number): Deletes[] {
  const slices: Deletes[] = [];
  let current: [number, { clock: number; len: number }[]][] = [];
  let count = 0;
  for (const [client, items] of ds.clients) {
    let ranges: { clock: number; len: number }[] = [];
    current.push([client, ranges]);
    for (const item of items) {
      let { clock, len } = item;
      while (len > 0) {
        const take = Math.min(len, maxClocks - count);
        ranges.push({ clock, len: take });
        clock += take;
        len -= take;
        count += take;
        if (count >= maxClocks) {
          slices.push(current);
          ranges = [];
          current = [[client, ranges]];
          count = 0;
        }
      }
    }
  }
  const rest = current.filter(([, ranges]) => ranges.length > 0);
  if (rest.length > 0) slices.push(rest);
  return slices;
}

function encodeSlice(groups: readonly (readonly [number, readonly Struct[]])[], deletes: Deletes | null): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, groups.length);
  for (const [client, structs] of groups) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, (structs[0] as Struct).id.clock);
    for (const s of structs) s.write(encoder, 0);
  }
  // The delete set, as Yjs writes it (clients in descending order).
  const clients = deletes ? [...deletes].filter(([, items]) => items.length > 0).sort((a, b) => b[0] - a[0]) : [];
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
  for (const deletes of sliceDeletes(ds, maxStructs * DELETES_PER_STRUCT)) slices.push(encodeSlice([], deletes));
  return slices;
}
