import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import { encodeAwareness } from "./messages";

/** Something that owns awareness client ids: a socket's peer. */
export interface AwarenessOwner {
  readonly awarenessClients: Set<number>;
}

/**
 * A room's presence: the y-protocols `Awareness` of the room's document, plus who controls
 * which client id, so a closed socket's clients are removed at once (S7) instead of after
 * the 30 s timeout.
 *
 * Every change is broadcast to every socket of the room, the sender included (the stock
 * server's behaviour; S6). With `coalesce`, the changes of one event-loop tick are encoded
 * once into one message; without, each change is sent as it happens (the stock server's way;
 * `BATON_AWARENESS_COALESCE=0`).
 */
export class RoomAwareness {
  readonly awareness: Awareness;
  private readonly changed = new Set<number>();
  private scheduled = false;

  constructor(
    private readonly coalesce: boolean,
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    // The Awareness only needs a document for its own client id; the room's may not exist yet.
    this.awareness = new Awareness(new Y.Doc({ guid: "baton-awareness" }));
    this.awareness.setLocalState(null);
    this.awareness.on(
      "update",
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const owner = origin as Partial<AwarenessOwner> | null;
        if (owner && owner.awarenessClients instanceof Set) {
          for (const id of added) owner.awarenessClients.add(id);
          for (const id of updated) owner.awarenessClients.add(id);
          for (const id of removed) owner.awarenessClients.delete(id);
        }
        const ids = [...added, ...updated, ...removed];
        if (!this.coalesce) {
          this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, ids)));
          return;
        }
        for (const id of ids) this.changed.add(id);
        if (!this.scheduled) {
          this.scheduled = true;
          setImmediate(() => this.flush());
        }
      },
    );
  }

  /** Sends the coalesced changes now (also called before the room closes). */
  flush(): void {
    this.scheduled = false;
    if (this.changed.size === 0) return;
    const ids = [...this.changed];
    this.changed.clear();
    this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, ids)));
  }

  /** Applies an already decoded-and-checked awareness update from `owner`'s socket. */
  apply(update: Uint8Array, owner: AwarenessOwner): void {
    applyAwarenessUpdate(this.awareness, update, owner);
  }

  /** The full presence, as sent to a socket that joins or queries it; `null` when nobody is present. */
  snapshot(): Uint8Array | null {
    if (this.awareness.states.size === 0) return null;
    return encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.states.keys()]));
  }

  /** Removes every client `owner` controls, at once (its socket closed). */
  removeOwner(owner: AwarenessOwner): void {
    const ids = [...owner.awarenessClients].filter((id) => this.awareness.states.has(id));
    owner.awarenessClients.clear();
    if (ids.length > 0) removeAwarenessStates(this.awareness, ids, null);
  }

  destroy(): void {
    this.changed.clear();
    this.awareness.destroy();
    this.awareness.doc.destroy();
  }
}
