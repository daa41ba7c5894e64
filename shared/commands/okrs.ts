/**
 * Handlers of objectives and their key results. An objective always keeps at least one key
 * result and at most 20, and at least one team.
 */
import { KeyResultSchema, OkrSchema } from "../schema/okr";
import { KEY_RESULTS, asYMap } from "../doc/layout";
import { WorkspaceKeyResultSchema, WorkspaceOkrSchema } from "../workspace/schema";
import { WORKSPACE_KEY_RESULT_FIELDS } from "../workspace/workspaceDoc";
import { KEY_RESULT_FIELDS, MAX_KEY_RESULTS } from "../doc/parseEntity";
import { newEntityMap, newOkrMap } from "../doc/writeEntity";
import type { ApplyContext } from "./applyContext";
import { checkPatch, checkValue, patchValue } from "./checkValue";
import { addEntity, missing, patchable, updateEntity, writePatch } from "./entityOps";
import type { HandlersFor } from "./handler";

type OkrCommand = "addOkr" | "updateOkr" | "deleteOkr" | "addKeyResult" | "updateKeyResult" | "deleteKeyResult";

function missingIn(ctx: ApplyContext, name: "teams" | "cards", ids: unknown): string | undefined {
  // A workspace's key results point at cards of other documents (W4): the readers repair them.
  if (!Array.isArray(ids) || (name === "cards" && ctx.isWorkspace())) return undefined;
  const absent = ids.find((id) => (name === "teams" ? !ctx.resolves("teams", id) : !ctx.entity(name, id)));
  return absent === undefined ? undefined : missing(name, absent);
}

function keyResultsOf(ctx: ApplyContext, okrId: unknown): ReturnType<typeof asYMap> | string {
  const okr = ctx.entity("okrs", okrId);
  if (!okr) return missing("okrs", okrId);
  return asYMap(okr.get(KEY_RESULTS)) ?? `objective "${String(okrId)}" has no key result map`;
}

/** Handlers of OKRs. */
export const okrHandlers: HandlersFor<OkrCommand> = {
  addOkr: (ctx, { okr, index }) =>
    addEntity(ctx, "okrs", (ctx.isWorkspace() ? WorkspaceOkrSchema : OkrSchema) as typeof OkrSchema, okr, {
      index,
      refs: (o) => {
        const ids = o.keyResults.map((kr) => kr.id);
        const twice = ids.find((id, i) => ids.indexOf(id) !== i);
        if (twice !== undefined) return `key result "${twice}" appears twice`;
        return missingIn(ctx, "teams", o.teamIds) ?? o.keyResults.map((kr) => missingIn(ctx, "cards", kr.cardIds)).find((p) => p !== undefined);
      },
      write: newOkrMap,
    }),
  updateOkr: (ctx, { id, patch }) =>
    updateEntity(ctx, "okrs", id, patch, patchable("okrs"), (p) => missingIn(ctx, "teams", patchValue(p, "teamIds"))),
  deleteOkr(ctx, { id }) {
    if (!ctx.entity("okrs", id)) return missing("okrs", id);
    ctx.collection("okrs")?.delete(id);
    return undefined;
  },
  addKeyResult(ctx, { okrId, keyResult, index }) {
    const map = keyResultsOf(ctx, okrId);
    if (typeof map === "string" || !map) return map;
    const checked = checkValue((ctx.isWorkspace() ? WorkspaceKeyResultSchema : KeyResultSchema) as typeof KeyResultSchema, keyResult, "keyResult");
    if (typeof checked === "string") return checked;
    const kr = checked.value;
    if (map.has(kr.id)) return `key result "${kr.id}" already exists`;
    if (map.size >= MAX_KEY_RESULTS) return `an objective holds at most ${MAX_KEY_RESULTS} key results`;
    const bad = missingIn(ctx, "cards", kr.cardIds);
    if (bad !== undefined) return bad;
    map.set(kr.id, newEntityMap(kr, ctx.keyAt(map, index)));
    return undefined;
  },
  updateKeyResult(ctx, { okrId, id, patch }) {
    const map = keyResultsOf(ctx, okrId);
    if (typeof map === "string" || !map) return map;
    const kr = asYMap(map.get(id));
    if (!kr) return `no key result "${id}" in objective "${okrId}"`;
    const fields = ctx.isWorkspace() ? WORKSPACE_KEY_RESULT_FIELDS : KEY_RESULT_FIELDS;
    const checked = checkPatch(fields, patch, fields.map((f) => f.key));
    if (typeof checked === "string") return checked;
    const bad = missingIn(ctx, "cards", patchValue(checked, "cardIds"));
    if (bad !== undefined) return bad;
    writePatch(kr, checked);
    return undefined;
  },
  deleteKeyResult(ctx, { okrId, id }) {
    const map = keyResultsOf(ctx, okrId);
    if (typeof map === "string" || !map) return map;
    if (!map.has(id)) return `no key result "${id}" in objective "${okrId}"`;
    if (map.size <= 1) return "an objective needs at least one key result; delete the objective instead";
    map.delete(id);
    return undefined;
  },
};
