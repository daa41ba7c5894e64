import * as decoding from "lib0/decoding";
import type { RoomSocket } from "../../../server/sync/RoomSocket";

/** An in-memory socket for driving a room without a transport: records what the room sends. */
export class MemorySocket implements RoomSocket {
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  bufferedAmount = 0;
  send(data: Uint8Array): void {
    if (this.closed) throw new Error("send after close");
    this.sent.push(data);
  }
  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
  }
  /** The messages sent so far as [type, sub-type or -1], e.g. [0, 2] for a sync update. */
  kinds(): [number, number][] {
    return this.sent.map((m) => {
      const d = decoding.createDecoder(m);
      const type = decoding.readVarUint(d);
      return [type, type === 0 ? decoding.readVarUint(d) : -1];
    });
  }
}
