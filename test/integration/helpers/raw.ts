import WebSocket from "ws";
import * as decoding from "lib0/decoding";

/** A raw `ws` socket to the sync endpoint, for tests that speak the protocol by hand. */
export interface RawSocket {
  readonly ws: WebSocket;
  /** Every binary message received, in order. */
  readonly messages: Uint8Array[];
  readonly closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array): void;
  /** Message types received (first var-uint of each message). */
  types(): number[];
}

/** Opens a raw socket; resolves once open, or rejects with the HTTP status of a refused upgrade. */
export function openRaw(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}${path}`, { headers });
    ws.binaryType = "nodebuffer";
    const messages: Uint8Array[] = [];
    const closed = new Promise<{ code: number; reason: string }>((r) => ws.on("close", (code, reason) => r({ code, reason: reason.toString() })));
    ws.on("message", (data) => messages.push(new Uint8Array(data as Buffer)));
    ws.on("unexpected-response", (_req, res) => {
      reject(new RefusedUpgrade(res.statusCode ?? 0));
      ws.terminate();
    });
    ws.on("error", (err) => reject(err));
    ws.on("open", () =>
      resolve({
        ws,
        messages,
        closed,
        send: (data) => ws.send(data),
        types: () => messages.map((m) => decoding.readVarUint(decoding.createDecoder(m))),
      }),
    );
  });
}

/** The server answered the upgrade with an HTTP status instead of a socket. */
export class RefusedUpgrade extends Error {
  override readonly name = "RefusedUpgrade";
  constructor(readonly status: number) {
    super(`upgrade refused with HTTP ${status}`);
  }
}

/** The HTTP status of an upgrade attempt: 101 when a socket opened (it is closed again at once). */
export async function upgradeStatus(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    const raw = await openRaw(baseUrl, path, headers);
    raw.ws.close();
    return 101;
  } catch (err) {
    if (err instanceof RefusedUpgrade) return err.status;
    throw err;
  }
}
