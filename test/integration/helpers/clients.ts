import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import WebSocket from "ws";
import { syncUrl } from "../../support/server";

/** A stock `WebsocketProvider` client in Node, as api.md shows it, with its own document. */
export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Resolves at the first `sync` (the server's step 2 arrived). */
  readonly synced: Promise<void>;
  destroy(): void;
}

/** Connects a stock client to map `id` with `key`; `params` adds query parameters (e.g. `ack: "1"`). */
export function connectClient(baseUrl: string, id: string, key: string | null, params: Record<string, string> = {}, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(syncUrl(baseUrl), id, doc, {
    params: key === null ? params : { k: key, ...params },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    const on = (s: boolean): void => {
      if (s) {
        provider.off("sync", on);
        resolve();
      }
    };
    provider.on("sync", on);
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when `check()` holds, polling every 10 ms; rejects after `ms` with `what`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export { rng } from "../../support/seed";
