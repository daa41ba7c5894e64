/**
 * One open map: its Y.Doc, kept in IndexedDB (offline edits survive reloads) and synced over
 * Baton's socket (`/sync/<id>?k=<key>&ack=1`). It owns the truth about the link: `state`
 * says connected / reconnecting / offline / closed, and `saved` only when the server's
 * saved-notices cover every struct this device wrote (see saveLedger.ts).
 */
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { IndexeddbPersistence } from "y-indexeddb";
import type * as decoding from "lib0/decoding";
import { MESSAGE_SAVED, decodeSavedNotice } from "../../shared/protocol";
import { closeName } from "./closeMessageKey";
import { isAllSaved, loadLedger, storeLedger, withAuthor, withSaved, withoutSettled, type SaveLedger } from "./saveLedger";

export type LinkState = "connecting" | "connected" | "reconnecting" | "offline" | "closed";

export interface ConnectionState {
  readonly link: LinkState;
  /** The last close of the socket by the server (a terminal one when `link` is "closed"). */
  readonly close: { readonly code: number; readonly reason: string } | null;
  /** Every local write is stored on the server. */
  readonly saved: boolean;
  /** The copy kept on this device is loaded (the map can be shown offline). */
  readonly localLoaded: boolean;
  /** The document has caught up with the server at least once in this tab. */
  readonly synced: boolean;
}

/**
 * Closes that reconnecting cannot fix; every other close is retried with backoff. A message
 * too big (1009) would be refused again on every reconnect (the whole offline backlog is one
 * sync step 2), so the page stops and offers the unsent work as a file (CloseNotice).
 */
const TERMINAL_CLOSES = new Set(["malformed", "unauthorized", "forbidden", "mapDeleted", "keysReplaced", "messageTooBig"]);

/** The origins of transactions that are this device's own writes. */
const LOCAL_ORIGINS = new Set<unknown>(["local", "workshop", "import"]);

function socketBase(): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/sync`;
}

export class MapConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  private ledger: SaveLedger;
  private everConnected = false;
  /** The server closed with a code that reconnecting cannot fix (TERMINAL_CLOSES). */
  private terminal = false;
  private listeners = new Set<() => void>();
  private cleanups: (() => void)[] = [];
  state: ConnectionState;

  /**
   * @param mapId the room: a map id, or `w/<workspaceId>` for a workspace document
   * @param params more socket parameters (a workspace page asks for `live: "1"`)
   * @param options `connect: false` opens the socket only on `start()` (a workspace page paints first, WP12)
   */
  constructor(
    readonly mapId: string,
    key: string,
    params: Readonly<Record<string, string>> = {},
    options: { readonly connect?: boolean } = {},
  ) {
    this.ledger = loadLedger(mapId);
    this.state = { link: navigator.onLine ? "connecting" : "offline", close: null, saved: true, localLoaded: false, synced: false };
    this.persistence = new IndexeddbPersistence(`baton-map-${mapId}`, this.doc);
    this.persistence.whenSynced.then(
      () => {
        performance.mark("baton.localLoaded");
        this.set({ localLoaded: true });
      },
      () => this.set({ localLoaded: true }),
    );
    this.provider = new WebsocketProvider(socketBase(), mapId, this.doc, {
      params: { ...params, k: key, ack: "1" },
      disableBc: true,
      connect: navigator.onLine && options.connect !== false,
      shouldReconnect: (event) => !TERMINAL_CLOSES.has(closeName(event.code) ?? "goingAway"),
    });
    this.provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder: decoding.Decoder) => {
      const pairs = decodeSavedNotice(decoder.arr);
      decoder.pos = decoder.arr.length;
      if (!pairs) return;
      this.ledger = withSaved(this.ledger, pairs);
      storeLedger(this.mapId, this.ledger);
      this.refreshSaved();
    };
    this.provider.on("status", ({ status }) => {
      if (status === "connected" && !this.everConnected) performance.mark("baton.socketOpen");
      if (status === "connected") this.everConnected = true;
      this.refreshLink();
    });
    this.provider.on("sync", (synced: boolean) => {
      // Marks for the benchmark's breakdown (test/bench/editor.bench.ts); cheap, and visible in DevTools.
      if (synced && !this.state.synced) performance.mark("baton.synced");
      if (synced) this.set({ synced: true, close: null });
      this.refreshLink();
    });
    this.provider.on("connection-close", (event) => {
      if (event) this.set({ close: { code: event.code, reason: event.reason } });
    });
    this.provider.on("closed", () => {
      this.terminal = true;
      this.refreshLink();
    });

    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (LOCAL_ORIGINS.has(origin)) {
        const next = withAuthor(this.ledger, this.doc.clientID);
        if (next !== this.ledger) {
          this.ledger = next;
          storeLedger(this.mapId, this.ledger);
        }
      }
      this.refreshSaved();
    };
    this.doc.on("update", onUpdate);
    this.cleanups.push(() => this.doc.off("update", onUpdate));

    // The browser knows first when the network is gone: stop pretending, and come back at once.
    const onOffline = () => {
      this.provider.disconnect();
      this.refreshLink();
    };
    const onOnline = () => {
      // A map that was deleted or whose key was replaced stays closed; everything else reconnects.
      if (!this.terminal) this.provider.connect();
      this.refreshLink();
    };
    window.addEventListener("offline", onOffline);
    window.addEventListener("online", onOnline);
    this.cleanups.push(() => {
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("online", onOnline);
    });
    this.refreshSaved();
  }

  /** Opens the socket of a connection made with `connect: false` (nothing when it is open, closed for good or offline). */
  start(): void {
    if (!this.terminal && navigator.onLine && !this.provider.shouldConnect) this.provider.connect();
  }

  private refreshLink(): void {
    let link: LinkState;
    if (!navigator.onLine) link = "offline";
    else if (this.terminal) link = "closed";
    else if (this.provider.wsconnected && this.provider.synced) link = "connected";
    else link = this.everConnected ? "reconnecting" : "connecting";
    this.set({ link });
  }

  private refreshSaved(): void {
    const stateVector = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    const settled = withoutSettled(this.ledger, stateVector, this.doc.clientID);
    if (settled !== this.ledger) {
      this.ledger = settled;
      storeLedger(this.mapId, this.ledger);
    }
    this.set({ saved: isAllSaved(this.ledger, stateVector) });
  }

  private set(patch: Partial<ConnectionState>): void {
    const next = { ...this.state, ...patch };
    if ((Object.keys(patch) as (keyof ConnectionState)[]).every((k) => next[k] === this.state[k])) return;
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Calls `listener` when `state` changes; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Closes the socket and the local store; the IndexedDB copy stays for the next visit. */
  destroy(): void {
    for (const c of this.cleanups) c();
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /** Removes the copy kept on this device (after the map was deleted). */
  async clearLocal(): Promise<void> {
    await this.persistence.clearData();
  }
}
