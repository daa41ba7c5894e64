import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { deepAnyUpdate, deepStateFrame, freshIdFrame, nullFloodFrame, parkedStateFrame, spoofFrame } from "./hostileFrames";

/** Wraps a payload as `messageSync` + sub-type. */
export function syncMessage(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** A V1 update with one GC struct at `clock` of length `len` for `client`. */
export function gcUpdate(client: number, clock: number, len: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // clients
  encoding.writeVarUint(e, 1); // structs of this client
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  encoding.writeUint8(e, 0); // info: GC
  encoding.writeVarUint(e, len);
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

/**
 * Crafted messages from Yjs issues 479, 498 and 687 and their relatives. `refused` ones must
 * close their socket (CLOSE.malformed); the others happen to be harmless valid messages (the
 * #687 V2 bomb decodes as a small V1 update) and must simply not hurt.
 */
export function craftedUpdates(): { name: string; message: Uint8Array; refused: boolean }[] {
  const deep = new Y.Doc();
  let nested: unknown = 1;
  for (let i = 0; i < 2000; i++) nested = [nested];
  const deepUpdate = (() => {
    try {
      deep.getArray("a").insert(0, [nested]);
      return Y.encodeStateAsUpdate(deep);
    } catch {
      return Uint8Array.of(1, 1, 5, 0, 8, 1, 1, 119, 1, 97, 1, 0, 0);
    }
  })();
  return [
    { name: "#498 empty update", message: syncMessage(2, new Uint8Array(0)), refused: true },
    { name: "#479 garbage bytes", message: syncMessage(2, Buffer.from("garbagedoc", "base64")), refused: true },
    { name: "#687 v2 run-length bomb sent as v1", message: syncMessage(2, Buffer.from("00010000000001000100010200001602000001fdffffffff7f0000", "hex")), refused: false },
    { name: "struct clock far beyond any real client", message: syncMessage(2, gcUpdate(7, 2 ** 40, 5)), refused: true },
    { name: "struct length of 2^52", message: syncMessage(2, gcUpdate(8, 0, 2 ** 52)), refused: true },
    { name: "2^32 clients announced", message: syncMessage(2, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3)), refused: true },
    { name: "truncated step 2", message: syncMessage(1, Uint8Array.of(1, 1, 9)), refused: true },
    { name: "payload length beyond the frame", message: Uint8Array.of(0, 2, 0xff, 0xff, 0x7f, 1, 2), refused: true },
    { name: "unknown sync sub-type", message: syncMessage(9, Uint8Array.of(0, 0)), refused: true },
    { name: "unknown message type", message: Uint8Array.of(77, 1, 2), refused: true },
    { name: "bad state vector", message: syncMessage(0, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)), refused: true },
    { name: "awareness with bad JSON", message: awarenessMessage(Uint8Array.of(1, 5, 1, 3, 0x7b, 0x7b, 0x7b)), refused: true },
    { name: "awareness state not an object", message: awarenessMessage(Uint8Array.of(1, 5, 1, 1, 0x31)), refused: true },
    { name: "a value nested 2,000 deep (S14: at most 64)", message: syncMessage(2, deepUpdate), refused: true },
  ];
}

/**
 * A seeded corpus of `count` malformed or mutated frames: random bytes, truncations, bit flips,
 * byte insertions and deletions of valid sync/awareness messages from an attacker's own
 * document (its own client ids, so it cannot impersonate the honest clients by accident),
 * the crafted updates above, and the attacks of issue 10 (`hostileFrames.ts`; `victims` are the
 * honest clients' ids to spoof).
 */
export function frameCorpus(random: () => number, count: number, victims: readonly number[] = []): Uint8Array[] {
  const attacker = new Y.Doc();
  const valid: Uint8Array[] = [];
  for (let i = 0; i < 30; i++) {
    const sv = Y.encodeStateVector(attacker);
    const pick = Math.floor(random() * 4);
    if (pick === 0) attacker.getMap("cards").set(`x${i}`, { title: "t".repeat(i), n: i });
    else if (pick === 1) attacker.getArray("list").insert(0, [i, "s", { a: [1, 2] }]);
    else if (pick === 2) attacker.getText("text").insert(0, "hello ".repeat(i % 5));
    else attacker.getMap("meta").delete(`x${i - 1}`);
    valid.push(syncMessage(2, Y.encodeStateAsUpdate(attacker, sv)));
  }
  valid.push(syncMessage(0, Y.encodeStateVector(attacker)));
  valid.push(syncMessage(1, Y.encodeStateAsUpdate(attacker)));
  const aw = new Awareness(attacker);
  aw.setLocalState({ user: { name: "mallory", color: "#ff0000" }, cursor: { x: 1, y: 2 } });
  valid.push(awarenessMessage(encodeAwarenessUpdate(aw, [aw.clientID])));
  aw.destroy();
  const crafted = craftedUpdates().map((c) => c.message);
  // Issue 10's attacks: deep values, fresh-id floods, spoofed ids, parked large states.
  const attacks = (): Uint8Array => {
    const fresh = 1 + int(2 ** 31);
    switch (int(7)) {
      case 0:
        return syncMessage(2, deepAnyUpdate(65 + int(20_000), fresh));
      case 1:
        return deepStateFrame(fresh, 17 + int(20_000));
      case 2:
        return nullFloodFrame(fresh);
      case 3:
        return freshIdFrame(fresh);
      case 4:
        return spoofFrame(victims.length > 0 ? (victims[int(victims.length)] as number) : fresh, int(2) === 0 ? null : { user: { name: "spoof", color: "#000000" } });
      case 5:
        return parkedStateFrame(fresh, int(2) === 0 ? 60 * 1024 : 70 * 1024);
      default:
        return syncMessage(2, deepAnyUpdate(int(60), fresh)); // deep but within the bound: stored
    }
  };

  const int = (n: number): number => Math.floor(random() * n);
  const frames: Uint8Array[] = [];
  while (frames.length < count) {
    const base = valid[int(valid.length)] as Uint8Array;
    const kind = int(8);
    if (kind === 0) {
      frames.push(Uint8Array.from({ length: 1 + int(64) }, () => int(256)));
    } else if (kind === 1) {
      frames.push(base.slice(0, int(base.length)));
    } else if (kind === 2) {
      const m = base.slice();
      for (let flips = 1 + int(4); flips > 0; flips--) {
        const at = int(m.length);
        m[at] = (m[at] as number) ^ (1 << int(8));
      }
      frames.push(m);
    } else if (kind === 3) {
      const at = int(base.length);
      frames.push(Uint8Array.from([...base.slice(0, at), int(256), ...base.slice(at)]));
    } else if (kind === 4) {
      const at = int(base.length);
      frames.push(Uint8Array.from([...base.slice(0, at), ...base.slice(at + 1 + int(3))]));
    } else if (kind === 5) {
      frames.push(crafted[int(crafted.length)] as Uint8Array);
    } else if (kind === 6) {
      const m = base.slice();
      m[int(Math.min(4, m.length))] = 0xff; // a huge var-uint where a small one was
      frames.push(m);
    } else {
      frames.push(attacks());
    }
  }
  return frames;
}
