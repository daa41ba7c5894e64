/**
 * Handlers of teams, people and the rotating journey owner.
 *
 * Deleting a team clears it from cards and people and removes it from objectives (an objective
 * left with no team is deleted). Deleting a person removes them from the rotation (a rotation
 * left with nobody is removed), removes their overrides and deletes the reviews they wrote.
 */
import { RotationSchema } from "../schema/rotation";
import { PersonSchema } from "../schema/person";
import { TeamSchema } from "../schema/team";
import { asYMap } from "../doc/layout";
import { cloneJson } from "../doc/writeEntity";
import type { ApplyContext } from "./applyContext";
import { deleteWhere } from "./cascade";
import { cascadeWorkspaceDelete } from "../workspace/cascade";
import { checkValue, patchValue } from "./checkValue";
import { addEntity, missing, patchable, refProblem, updateEntity } from "./entityOps";
import type { HandlersFor } from "./handler";

type TeamPeopleCommand = "addTeam" | "updateTeam" | "deleteTeam" | "addPerson" | "updatePerson" | "deletePerson" | "setRotation";

/** Deletes field `key` from every entity of `name` where it equals `value`. */
function clearField(ctx: ApplyContext, name: "cards" | "people", key: string, value: string): void {
  ctx.collection(name)?.forEach((raw) => {
    const map = asYMap(raw);
    if (map?.get(key) === value) map.delete(key);
  });
}

function deleteTeam(ctx: ApplyContext, id: string): void {
  clearField(ctx, "cards", "ownerTeamId", id);
  clearField(ctx, "people", "teamId", id);
  const okrs = ctx.collection("okrs");
  const emptied: string[] = [];
  okrs?.forEach((raw, okrId) => {
    const okr = asYMap(raw);
    const teamIds = okr?.get("teamIds");
    if (!okr || !Array.isArray(teamIds) || !teamIds.includes(id)) return;
    const rest = teamIds.filter((t) => t !== id);
    if (rest.length === 0) emptied.push(okrId);
    else okr.set("teamIds", rest);
  });
  for (const okrId of emptied) okrs?.delete(okrId);
  cascadeWorkspaceDelete(ctx, "teams", id);
  ctx.collection("teams")?.delete(id);
}

function deletePerson(ctx: ApplyContext, id: string): void {
  const rotation = ctx.rotation();
  if (rotation && rotation.size > 0) {
    const ownerIds = rotation.get("ownerIds");
    if (Array.isArray(ownerIds) && ownerIds.includes(id)) {
      const rest = ownerIds.filter((o) => o !== id);
      if (rest.length === 0) rotation.clear();
      else rotation.set("ownerIds", rest);
    }
    const overrides = rotation.get("overrides");
    if (Array.isArray(overrides) && overrides.some((o) => (o as { ownerId?: unknown } | null)?.ownerId === id)) {
      rotation.set("overrides", overrides.filter((o) => (o as { ownerId?: unknown } | null)?.ownerId !== id));
    }
  }
  deleteWhere(ctx, "reviews", ["reviewerId"], new Set([id]));
  cascadeWorkspaceDelete(ctx, "people", id);
  ctx.collection("people")?.delete(id);
}

/** Handlers of teams, people and the rotation. */
export const teamPeopleHandlers: HandlersFor<TeamPeopleCommand> = {
  addTeam: (ctx, { team, index }) => addEntity(ctx, "teams", TeamSchema, team, { index }),
  updateTeam: (ctx, { id, patch }) => updateEntity(ctx, "teams", id, patch, patchable("teams")),
  deleteTeam(ctx, { id }) {
    if (!ctx.entity("teams", id)) return missing("teams", id);
    deleteTeam(ctx, id);
    return undefined;
  },
  addPerson: (ctx, { person, index }) =>
    addEntity(ctx, "people", PersonSchema, person, { index, refs: (p) => refProblem(ctx, "teams", p.teamId) }),
  updatePerson: (ctx, { id, patch }) =>
    updateEntity(ctx, "people", id, patch, patchable("people"), (p) => refProblem(ctx, "teams", patchValue(p, "teamId"))),
  deletePerson(ctx, { id }) {
    if (!ctx.entity("people", id)) return missing("people", id);
    deletePerson(ctx, id);
    return undefined;
  },
  setRotation(ctx, { rotation }) {
    const map = ctx.rotation();
    if (!map) return "the document's rotation is not a Y.Map";
    if (rotation === null) {
      map.clear();
      return undefined;
    }
    const checked = checkValue(RotationSchema, rotation, "rotation");
    if (typeof checked === "string") return checked;
    const value = checked.value;
    const nobody = [...value.ownerIds, ...(value.overrides ?? []).map((o) => o.ownerId)].find((p) => !ctx.resolves("people", p));
    if (nobody !== undefined) return missing("people", nobody);
    for (const key of [...map.keys()]) if (!Object.hasOwn(value, key)) map.delete(key);
    for (const [key, v] of Object.entries(value)) if (v !== undefined && map.get(key) !== v) map.set(key, cloneJson(v));
    return undefined;
  },
};
