/**
 * Cascades inside a workspace document driven by the references table (WS3): when a team, a
 * person or a metric series is deleted, every workspace-level field that names it is cleared
 * or filtered as the table says. (People's teams and objectives' teams are the map commands'
 * own cascade, C5, which the same rows describe.) References from journeys into the workspace
 * are not written: the composed reader repairs them (WS4).
 */
import type * as Y from "yjs";
import { KEY_RESULTS, asYMap } from "../doc/layout";
import type { ApplyContext } from "../commands/applyContext";
import { referencesTo } from "./references";
import { DECISIONS, METRICS } from "./workspaceDoc";

/** The entity maps of a workspace list (`keyResults` are inside the objectives). */
function itemsOf(ctx: ApplyContext, list: string): Y.Map<unknown>[] {
  const out: Y.Map<unknown>[] = [];
  if (list === "keyResults") {
    ctx.collection("okrs")?.forEach((okr) => asYMap(asYMap(okr)?.get(KEY_RESULTS))?.forEach((kr) => {
      const map = asYMap(kr);
      if (map) out.push(map);
    }));
    return out;
  }
  const root = list === METRICS || list === DECISIONS ? ctx.root(list) : undefined;
  root?.forEach((raw) => {
    const map = asYMap(raw);
    if (map) out.push(map);
  });
  return out;
}

/** Clears or filters every reference to `id` of the workspace list `target` held by metrics, decisions and key results. */
export function cascadeWorkspaceDelete(ctx: ApplyContext, target: "teams" | "people" | "metrics", id: string): void {
  if (!ctx.isWorkspace()) return;
  for (const r of referencesTo("workspace", target)) {
    if (r.from.doc !== "workspace" || ![METRICS, DECISIONS, "keyResults"].includes(r.from.list)) continue;
    for (const item of itemsOf(ctx, r.from.list)) {
      const value = item.get(r.from.field);
      if (r.shape === "one" && value === id) item.delete(r.from.field);
      else if (r.shape === "many" && Array.isArray(value) && value.includes(id)) item.set(r.from.field, value.filter((v) => v !== id));
    }
  }
}
