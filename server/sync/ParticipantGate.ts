import type * as Y from "yjs";
import { CLOSE } from "../../shared/protocol";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import { checkParticipantUpdate, ParticipantRefusal } from "./participantScope";
import { checkUpdate, RejectedUpdate, type CheckedUpdate, type UpdateLimits } from "./updateGuard";

/** Updates one participant socket may have waiting behind the one being stored (P4). */
export const MAX_PARTICIPANT_QUEUE = 64;

/** What the gate needs of a participant's socket (a room's `Peer`). */
export interface GatedPeer {
  readonly awarenessClients: ReadonlySet<number>;
  readonly closed: boolean;
}

export interface ParticipantGateDeps<P extends GatedPeer> {
  readonly doc: () => Y.Doc;
  readonly limits: UpdateLimits;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly room: string;
  /** Hands an accepted update to the commit path; `stored` is called once it is applied to the document. */
  readonly commit: (peer: P, checked: CheckedUpdate, stored: () => void) => void;
  readonly close: (peer: P, code: number, reason: string) => void;
}

/**
 * The sync socket's guard for participants (API-RULES.md P3, P4). Each update is checked
 * against the LIVE document (`checkParticipantUpdate`), so one participant's updates are taken
 * one at a time: the next waits until the previous is stored and applied, because it may build
 * on it (a comment's `resolved` set right after the comment was added). An update outside the
 * participant's scope is dropped, never stored or forwarded, and the socket is closed with
 * `CLOSE.forbidden` (4403, final for the stock client: the same update would come again).
 */
export class ParticipantGate<P extends GatedPeer> {
  private readonly waiting = new Map<P, Uint8Array[]>();

  constructor(private readonly deps: ParticipantGateDeps<P>) {}

  /** Takes one update from `peer`. Never throws. */
  receive(peer: P, update: Uint8Array): void {
    const queue = this.waiting.get(peer);
    if (queue) {
      if (queue.length >= MAX_PARTICIPANT_QUEUE) {
        this.forget(peer);
        this.deps.close(peer, CLOSE.tooFarBehind, "too many updates waiting");
        return;
      }
      queue.push(update);
      return;
    }
    this.admit(peer, update);
  }

  /** Drops what `peer` had waiting (it left). */
  forget(peer: P): void {
    this.waiting.delete(peer);
  }

  private admit(peer: P, update: Uint8Array): void {
    let checked: CheckedUpdate;
    try {
      checked = checkUpdate(update, this.deps.limits);
      checkParticipantUpdate(this.deps.doc(), update, peer.awarenessClients);
    } catch (err) {
      this.deps.metrics.updatesRejected++;
      this.forget(peer);
      const refused = err instanceof ParticipantRefusal;
      const reason = refused || err instanceof RejectedUpdate ? (err as Error).message : "unexpected error";
      this.deps.log.warn(refused ? "socket.participant_refused" : "socket.malformed", { room: this.deps.room, reason });
      this.deps.close(peer, refused ? CLOSE.forbidden : CLOSE.malformed, reason);
      return;
    }
    if (!checked.changes) return; // nothing to store (S59)
    this.waiting.set(peer, []);
    this.deps.commit(peer, checked, () => this.next(peer));
  }

  private next(peer: P): void {
    const queue = this.waiting.get(peer);
    this.waiting.delete(peer);
    if (!queue || peer.closed) return;
    const [first, ...rest] = queue;
    if (first === undefined) return;
    this.admit(peer, first);
    if (peer.closed) return;
    const after = this.waiting.get(peer);
    if (after) after.push(...rest);
    else for (const u of rest) this.receive(peer, u);
  }
}
