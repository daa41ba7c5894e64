/**
 * Handlers of the grid's columns (stages) and rows (lanes). Deleting one deletes its cards and
 * everything on them (cascade.ts) in the same transaction.
 */
import { LIMITS } from "../schema/common";
import { LaneSchema } from "../schema/lane";
import { StageSchema } from "../schema/stage";
import type { HandlersFor } from "./handler";
import { cardsWhere, deleteCards } from "./cascade";
import { addEntity, missing, moveEntity, patchable, updateEntity } from "./entityOps";

type StageLaneCommand = "addStage" | "updateStage" | "moveStage" | "deleteStage" | "addLane" | "updateLane" | "moveLane" | "deleteLane";

/** Handlers of stages and lanes. */
export const stageLaneHandlers: HandlersFor<StageLaneCommand> = {
  addStage: (ctx, { stage, index }) => addEntity(ctx, "stages", StageSchema, stage, { index, limit: LIMITS.stages }),
  updateStage: (ctx, { id, patch }) => updateEntity(ctx, "stages", id, patch, patchable("stages")),
  moveStage: (ctx, { id, index }) => moveEntity(ctx, "stages", id, index),
  deleteStage(ctx, { id }) {
    if (!ctx.entity("stages", id)) return missing("stages", id);
    deleteCards(ctx, cardsWhere(ctx, "stageId", id));
    ctx.collection("stages")?.delete(id);
    return undefined;
  },
  addLane: (ctx, { lane, index }) => addEntity(ctx, "lanes", LaneSchema, lane, { index, limit: LIMITS.lanes }),
  updateLane: (ctx, { id, patch }) => updateEntity(ctx, "lanes", id, patch, patchable("lanes")),
  moveLane: (ctx, { id, index }) => moveEntity(ctx, "lanes", id, index),
  deleteLane(ctx, { id }) {
    if (!ctx.entity("lanes", id)) return missing("lanes", id);
    deleteCards(ctx, cardsWhere(ctx, "laneId", id));
    ctx.collection("lanes")?.delete(id);
    return undefined;
  },
};
