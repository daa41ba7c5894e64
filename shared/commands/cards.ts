/**
 * Handlers of cards. A card's position is its cell (`stageId`, `laneId`) and its `order` key
 * among the cards of that cell; `index` counts the cards of the target cell without the moved
 * card, absent means the end.
 */
import { isCalendarDate, LIMITS } from "../schema/common";
import { CardSchema, type Card } from "../schema/card";
import { ORDER } from "../doc/layout";
import { keyAtIndex } from "../doc/order";
import { newEntityMap } from "../doc/writeEntity";
import type { ApplyContext } from "./applyContext";
import { recordCreated } from "./created";
import { deleteCards } from "./cascade";
import { checkValue, patchValue } from "./checkValue";
import { missing, patchable, refProblem, updateEntity } from "./entityOps";
import type { HandlersFor } from "./handler";

function cellProblem(ctx: ApplyContext, stageId: unknown, laneId: unknown): string | undefined {
  if (!ctx.entity("stages", stageId)) return missing("stages", stageId);
  if (!ctx.entity("lanes", laneId)) return missing("lanes", laneId);
  return undefined;
}

/** Handlers of cards. */
export const cardHandlers: HandlersFor<"addCard" | "updateCard" | "moveCard" | "deleteCard"> = {
  addCard(ctx, { card, index, createdOn }) {
    if (createdOn !== undefined && (typeof createdOn !== "string" || !isCalendarDate(createdOn))) return "createdOn: must be a date YYYY-MM-DD";
    const checked = checkValue(CardSchema, card, "card");
    if (typeof checked === "string") return checked;
    const value: Card = checked.value;
    const cards = ctx.collection("cards");
    if (!cards) return "the document's cards is not a Y.Map";
    if (cards.has(value.id)) return `card "${value.id}" already exists`;
    if (cards.size >= LIMITS.cards) return `a map holds at most ${LIMITS.cards} cards`;
    const bad = cellProblem(ctx, value.stageId, value.laneId) ?? refProblem(ctx, "teams", value.ownerTeamId);
    if (bad !== undefined) return bad;
    const order = keyAtIndex(ctx.cells().orders(value.stageId, value.laneId), index);
    cards.set(value.id, newEntityMap(value, order));
    ctx.cells().place(value.id, { stageId: value.stageId, laneId: value.laneId, order });
    // A foreign type under `created` only loses the day (the card is added all the same).
    if (createdOn !== undefined) recordCreated(ctx, value.id, createdOn);
    return undefined;
  },
  updateCard: (ctx, { id, patch }) =>
    updateEntity(ctx, "cards", id, patch, patchable("cards", ["stageId", "laneId"]), (p) => refProblem(ctx, "teams", patchValue(p, "ownerTeamId"))),
  moveCard(ctx, { id, stageId, laneId, index }) {
    const card = ctx.entity("cards", id);
    if (!card) return missing("cards", id);
    const bad = cellProblem(ctx, stageId, laneId);
    if (bad !== undefined) return bad;
    const order = keyAtIndex(ctx.cells().orders(stageId, laneId, id), index);
    if (card.get("stageId") !== stageId) card.set("stageId", stageId);
    if (card.get("laneId") !== laneId) card.set("laneId", laneId);
    card.set(ORDER, order);
    ctx.cells().place(id, { stageId, laneId, order });
    return undefined;
  },
  deleteCard(ctx, { id }) {
    if (!ctx.entity("cards", id)) return missing("cards", id);
    deleteCards(ctx, new Set([id]));
    return undefined;
  },
};
