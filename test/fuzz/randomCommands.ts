/**
 * Seeded random commands against a journey as one client sees it: mostly valid (adds, moves to
 * random cells and positions, patches, deletes with cascades), some naming things that are gone.
 * Used by the convergence fuzz test and by the reader test.
 */
import type { Command } from "../../shared/commands/command";
import type { Journey } from "../../shared/schema/journey";
import { CARD_KINDS } from "../../shared/schema/card";
import { LANE_KINDS } from "../../shared/schema/lane";
import { Rng } from "../support/seed";

export { Rng };

const TITLES = ["Kündigung", "Sign-up 😀", "שלום", "Check-out", "e\u0301", "Rückruf", "FAQ"];
const AT = "2026-11-21T09:30:00Z";

/** One random command for a client whose journey is `j`. */
export function randomCommand(rng: Rng, j: Journey): Command {
  const stage = rng.pick(j.stages)?.id ?? "gone";
  const lane = rng.pick(j.lanes)?.id ?? "gone";
  const card = rng.pick(j.cards)?.id ?? "gone";
  const other = rng.pick(j.cards)?.id ?? "gone";
  const person = rng.pick(j.people ?? [])?.id ?? "gone";
  const team = rng.pick(j.teams ?? [])?.id ?? "gone";
  const okr = rng.pick(j.okrs ?? []);
  const comment = rng.pick(j.comments ?? []);
  const index = rng.chance(0.2) ? undefined : rng.int(6);
  const title = `${rng.pick(TITLES) ?? "t"} ${rng.int(100)}`;
  const roll = rng.int(100);
  if (roll < 18) {
    return { type: "addCard", card: { id: rng.id("c"), kind: rng.pick(CARD_KINDS) ?? "note", stageId: stage, laneId: lane, title }, index };
  }
  if (roll < 36) return { type: "moveCard", id: card, stageId: stage, laneId: lane, index };
  if (roll < 44) {
    const patches = [{ title }, { emotion: rng.int(5) - 2 }, { description: rng.chance(0.5) ? null : title }, { ownerTeamId: rng.chance(0.5) ? null : team }, { votes: rng.int(9) }];
    return { type: "updateCard", id: card, patch: rng.pick(patches) ?? { title } };
  }
  if (roll < 50) return { type: "deleteCard", id: card };
  if (roll < 53) return { type: "addStage", stage: { id: rng.id("s"), name: title }, index };
  if (roll < 55) return { type: "deleteStage", id: stage };
  if (roll < 58) return { type: "moveStage", id: stage, index: rng.int(6) };
  if (roll < 60) return { type: "updateStage", id: stage, patch: { name: title } };
  if (roll < 62) return { type: "addLane", lane: { id: rng.id("l"), name: title, kind: rng.pick(LANE_KINDS) ?? "notes" }, index };
  if (roll < 63) return { type: "deleteLane", id: lane };
  if (roll < 65) return { type: "moveLane", id: lane, index: rng.int(6) };
  if (roll < 70) return { type: "addLink", link: { id: rng.id("k"), from: card, to: other } };
  if (roll < 72) return { type: "deleteLink", id: rng.pick(j.links ?? [])?.id ?? "gone" };
  if (roll < 74) return { type: "addTeam", team: { id: rng.id("t"), name: title }, index };
  if (roll < 75) return { type: "deleteTeam", id: team };
  if (roll < 77) return { type: "addPerson", person: { id: rng.id("p"), name: title, ...(rng.chance(0.5) && team !== "gone" ? { teamId: team } : {}) } };
  if (roll < 78) return { type: "deletePerson", id: person };
  if (roll < 80) return { type: "setRotation", rotation: person === "gone" ? null : { cadenceDays: 1 + rng.int(30), startsOn: "2026-01-05", ownerIds: [person] } };
  if (roll < 82) {
    return { type: "addOkr", okr: { id: rng.id("o"), objective: title, teamIds: [team], keyResults: [{ id: rng.id("r"), title, target: rng.int(100), cardIds: [card] }] } };
  }
  if (roll < 84) return { type: "addKeyResult", okrId: okr?.id ?? "gone", keyResult: { id: rng.id("r"), title, target: 10, cardIds: [card] }, index };
  if (roll < 85) return { type: "deleteKeyResult", okrId: okr?.id ?? "gone", id: okr?.keyResults[0]?.id ?? "gone" };
  if (roll < 86) return { type: "updateKeyResult", okrId: okr?.id ?? "gone", id: okr?.keyResults[0]?.id ?? "gone", patch: { current: rng.int(50) } };
  if (roll < 89) return { type: "addReview", review: { id: rng.id("v"), cardId: card, reviewerId: person, at: AT, status: rng.chance(0.5) ? "ok" : "needsWork" } };
  if (roll < 94) {
    const reply = comment && rng.chance(0.5) ? { cardId: comment.cardId, replyTo: comment.id } : { cardId: card };
    return { type: "addComment", comment: { id: rng.id("m"), author: "fuzz", text: title, at: AT, ...reply } };
  }
  if (roll < 96) return { type: "deleteComment", id: comment?.id ?? "gone" };
  if (roll < 98) return { type: "setTitle", title };
  return { type: "deleteOkr", id: okr?.id ?? "gone" };
}
