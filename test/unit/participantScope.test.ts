/** API-RULES.md P3: what a participant's document update may touch, checked on the live document. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { checkParticipantUpdate, ParticipantRefusal } from "../../server/sync/participantScope";
import { allParticipantCommands, isParticipantCommand } from "../../shared/commands/participantCommands";
import { exampleJourney } from "../support/example";
import { Rng, testSeed } from "../support/seed";

/** The server's live document with a running round, and a participant's copy synced from it. */
function setup() {
  const server = journeyToDoc(exampleJourney());
  applyCommands(server, [{ type: "startVoteRound", round: { id: "R1", target: "both", budget: 5, hidden: false } }], "workshop");
  const participant = new Y.Doc();
  Y.applyUpdate(participant, Y.encodeStateAsUpdate(server));
  return { server, participant, owned: new Set([participant.clientID]) };
}

/** The update `change` makes on `doc`. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const on = (u: Uint8Array) => updates.push(u);
  doc.on("update", on);
  change();
  doc.off("update", on);
  return Y.mergeUpdates(updates);
}

const run = (doc: Y.Doc, ...commands: Command[]) => () => {
  const r = applyCommands(doc, commands, "local");
  expect(r.skipped).toEqual([]);
};

/** Checks `update` against `server` and applies it when accepted; returns the refusal or null. */
function offer(server: Y.Doc, update: Uint8Array, owned: ReadonlySet<number>): string | null {
  try {
    checkParticipantUpdate(server, update, owned);
  } catch (err) {
    expect(err).toBeInstanceOf(ParticipantRefusal);
    return (err as Error).message;
  }
  Y.applyUpdate(server, update);
  return null;
}

const comment = (id: string, extra: Record<string, unknown> = {}) =>
  ({ type: "addComment", comment: { id, cardId: "p1", author: "Pia", text: "Too slow", at: "2026-11-29T10:00:00Z", ...extra } }) as Command;

describe("participant updates", () => {
  it("[P3] votes, comments, replies, resolving and reopening are accepted, one after another", () => {
    const { server, participant, owned } = setup();
    const steps: Command[][] = [
      [{ type: "addDot", roundId: "R1", voter: "tokA", cardId: "p1" }],
      [{ type: "addDot", roundId: "R1", voter: "tokA", cardId: "p1" }],
      [{ type: "removeDot", roundId: "R1", voter: "tokA", cardId: "p1" }],
      [{ type: "removeDot", roundId: "R1", voter: "tokA", cardId: "p1" }],
      [comment("cm1")],
      [comment("cm2", { replyTo: "cm1" })],
      [{ type: "updateComment", id: "cm1", patch: { resolved: true } }],
      [{ type: "updateComment", id: "cm1", patch: { resolved: false } }],
    ];
    for (const step of steps) expect(offer(server, updateOf(participant, run(participant, ...step)), owned)).toBeNull();
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(participant));
  });

  it("[P3] a card edit, a move, a new card, a title, a deleted comment or an edited comment text is refused", () => {
    const refused: Command[] = [
      { type: "updateCard", id: "p1", patch: { title: "hijacked" } },
      { type: "moveCard", id: "p1", stageId: "setup", laneId: "pain" },
      { type: "deleteCard", id: "p1" },
      { type: "setTitle", title: "Mine now" },
      { type: "revealVoteRound", roundId: "R1" },
    ];
    const tried: string[] = [];
    for (const c of refused) {
      const { server, participant, owned } = setup();
      const before = Y.encodeStateVector(server);
      const u = updateOf(participant, () => applyCommands(participant, [c], "local"));
      if (u.byteLength <= 2) continue; // the command did not apply to the example (nothing to send)
      tried.push(c.type);
      expect(offer(server, u, owned), c.type).not.toBeNull();
      expect(Y.encodeStateVector(server)).toEqual(before);
    }
    expect(tried).toEqual(["updateCard", "moveCard", "deleteCard", "setTitle", "revealVoteRound"]);
    const { server, participant, owned } = setup();
    expect(offer(server, updateOf(participant, run(participant, comment("cm1"))), owned)).toBeNull();
    expect(offer(server, updateOf(participant, run(participant, { type: "updateComment", id: "cm1", patch: { text: "edited" } })), owned)).toMatch(/resolve/);
    expect(offer(server, updateOf(participant, run(participant, { type: "deleteComment", id: "cm1" })), owned)).toMatch(/delete/);
  });

  it("[P3] replacing the ballots map or an existing comment, or writing under another client id, is refused", () => {
    const { server, participant, owned } = setup();
    expect(offer(server, updateOf(participant, run(participant, comment("cm1"))), owned)).toBeNull();
    const replaceBallots = updateOf(participant, () => participant.getMap("workshop").set("ballots", new Y.Map()));
    expect(offer(server, replaceBallots, owned)).toMatch(/ballots/);
    const again = setup();
    Y.applyUpdate(again.participant, Y.encodeStateAsUpdate(server));
    const replaceComment = updateOf(again.participant, () => again.participant.getMap("comments").set("cm1", new Y.Map()));
    expect(offer(server, replaceComment, again.owned)).toMatch(/replace a comment/);
    const stranger = setup();
    const vote = updateOf(stranger.participant, run(stranger.participant, { type: "addDot", roundId: "R1", voter: "t", cardId: "p1" }));
    expect(offer(stranger.server, vote, new Set([12345]))).toMatch(/announced in presence/);
  });

  it("[P3] a ballot that is not a ballot, or a field a comment does not have, is refused", () => {
    const { server, participant, owned } = setup();
    const ballots = participant.getMap("workshop").get("ballots") as Y.Map<unknown>;
    expect(offer(server, updateOf(participant, () => ballots.set("R1.tok", { p1: 999 })), owned)).toMatch(/not a ballot/);
    const s2 = setup();
    const b2 = s2.participant.getMap("workshop").get("ballots") as Y.Map<unknown>;
    expect(offer(s2.server, updateOf(s2.participant, () => b2.set("R1.tok", new Y.Map())), s2.owned)).toMatch(/not a ballot/);
    const s3 = setup();
    const fake = updateOf(s3.participant, () => {
      const m = new Y.Map<unknown>();
      s3.participant.getMap("comments").set("cmX", m);
      m.set("cardId", "p1");
      m.set("sneaky", new Y.Map());
    });
    expect(offer(s3.server, fake, s3.owned)).toMatch(/not a comment field/);
  });

  it("[P3] a deletion of anything but a ballot or a resolution, or of what the server does not have, is refused", () => {
    const { server, participant, owned } = setup();
    const vote: Command = { type: "addDot", roundId: "R1", voter: "tokA", cardId: "p1" };
    const withDeletion = updateOf(participant, () =>
      participant.transact(() => {
        applyCommands(participant, [vote], "local");
        (participant.getMap("cards").get("p1") as Y.Map<unknown>).delete("title");
      }),
    );
    expect(offer(server, withDeletion, owned)).toMatch(/only delete ballots/);
    expect((server.getMap("cards").get("p1") as Y.Map<unknown>).get("title")).toBeTypeOf("string");

    const fresh = setup();
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(fresh.server));
    const unseen = updateOf(third, () => third.getMap("comments").set("cmT", new Y.Map()));
    Y.applyUpdate(fresh.participant, unseen);
    const deletingUnseen = updateOf(fresh.participant, () =>
      fresh.participant.transact(() => {
        applyCommands(fresh.participant, [vote], "local");
        fresh.participant.getMap("comments").delete("cmT");
      }),
    );
    const onlyMine = Y.diffUpdate(deletingUnseen, Y.encodeStateVectorFromUpdate(unseen));
    expect(offer(fresh.server, onlyMine, fresh.owned)).toMatch(/does not have/);
  });

  it("[P3] hostile bytes and mutated updates are refused with a ParticipantRefusal, never another error (seeded)", () => {
    const seed = testSeed(4103);
    const rng = new Rng(seed);
    const { server, participant, owned } = setup();
    const valid = updateOf(participant, run(participant, comment("cm1"), { type: "addDot", roundId: "R1", voter: "tokA", cardId: "p1" }));
    for (let n = 0; n < 2_000; n++) {
      const random = rng.chance(0.3);
      const bytes = random ? Uint8Array.from({ length: rng.int(64) }, () => rng.int(256)) : Uint8Array.from(valid);
      if (!random) for (let k = 0; k < 1 + rng.int(4); k++) bytes[rng.int(bytes.length)] = rng.int(256);
      try {
        checkParticipantUpdate(server, bytes, owned);
      } catch (err) {
        expect(err, `seed ${seed}, case ${n}`).toBeInstanceOf(ParticipantRefusal);
      }
    }
  });
});

describe("participant commands", () => {
  it("[P2] only votes, new comments and resolving are a participant's commands", () => {
    expect(isParticipantCommand({ type: "addDot", roundId: "R", voter: "v", cardId: "c" })).toBe(true);
    expect(isParticipantCommand({ type: "updateComment", id: "c", patch: { resolved: true } })).toBe(true);
    expect(isParticipantCommand({ type: "updateComment", id: "c", patch: { text: "x" } })).toBe(false);
    expect(isParticipantCommand({ type: "updateComment", id: "c", patch: { resolved: true, text: "x" } })).toBe(false);
    expect(isParticipantCommand({ type: "deleteComment", id: "c" })).toBe(false);
    expect(isParticipantCommand({ type: "startVoteRound" })).toBe(false);
    expect(isParticipantCommand(null)).toBe(false);
    expect(allParticipantCommands([])).toBe(false);
  });
});
