import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * The messages instances exchange over Redis (S22, S23), one binary frame each on one channel:
 * `[kind, instance id, ...]` in lib0 encoding. Never stored anywhere; a lost one is healed from
 * PostgreSQL (updates) or by the next presence renewal (awareness).
 */
export type FanoutMessage =
  /** `docId` committed `updates` as its log's numbers `seq - updates.length + 1 .. seq`. */
  | { readonly kind: "update"; readonly from: string; readonly docId: string; readonly seq: number; readonly updates: readonly Uint8Array[] }
  /** A presence change of the sender's sockets in `docId` (a y-protocols awareness update). */
  | { readonly kind: "awareness"; readonly from: string; readonly docId: string; readonly update: Uint8Array }
  /** The sender just loaded `docId`: every instance with it loaded answers with its presence. */
  | { readonly kind: "queryAwareness"; readonly from: string; readonly docId: string }
  /** `docId`'s keys were replaced or it was deleted: close its sockets with `code`. */
  | { readonly kind: "revoke"; readonly from: string; readonly docId: string; readonly code: number; readonly reason: string; readonly deleted: boolean }
  /** The sender is alive; its presence expires when these stop. */
  | { readonly kind: "alive"; readonly from: string };

const KINDS = ["update", "awareness", "queryAwareness", "revoke", "alive"] as const;

/** Encodes one message as a frame. */
export function encodeFanout(m: FanoutMessage): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, KINDS.indexOf(m.kind));
  encoding.writeVarString(e, m.from);
  switch (m.kind) {
    case "update":
      encoding.writeVarString(e, m.docId);
      encoding.writeVarUint(e, m.seq);
      encoding.writeVarUint(e, m.updates.length);
      for (const u of m.updates) encoding.writeVarUint8Array(e, u);
      break;
    case "awareness":
      encoding.writeVarString(e, m.docId);
      encoding.writeVarUint8Array(e, m.update);
      break;
    case "queryAwareness":
      encoding.writeVarString(e, m.docId);
      break;
    case "revoke":
      encoding.writeVarString(e, m.docId);
      encoding.writeVarUint(e, m.code);
      encoding.writeVarString(e, m.reason);
      encoding.writeVarUint(e, m.deleted ? 1 : 0);
      break;
    case "alive":
      break;
  }
  return encoding.toUint8Array(e);
}

/** Decodes a frame; throws on anything that is not one (the caller logs and drops it). */
export function decodeFanout(data: Uint8Array): FanoutMessage {
  const d = decoding.createDecoder(data);
  const kind = KINDS[decoding.readVarUint(d)];
  const from = decoding.readVarString(d);
  switch (kind) {
    case "update": {
      const docId = decoding.readVarString(d);
      const seq = decoding.readVarUint(d);
      const n = decoding.readVarUint(d);
      const updates: Uint8Array[] = [];
      for (let i = 0; i < n; i++) updates.push(decoding.readVarUint8Array(d));
      return { kind, from, docId, seq, updates };
    }
    case "awareness":
      return { kind, from, docId: decoding.readVarString(d), update: decoding.readVarUint8Array(d) };
    case "queryAwareness":
      return { kind, from, docId: decoding.readVarString(d) };
    case "revoke": {
      const docId = decoding.readVarString(d);
      const code = decoding.readVarUint(d);
      const reason = decoding.readVarString(d);
      return { kind, from, docId, code, reason, deleted: decoding.readVarUint(d) === 1 };
    }
    case "alive":
      return { kind, from };
    default:
      throw new Error("unknown fan-out message kind");
  }
}
