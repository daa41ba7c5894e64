import type { ActionArg, ActionContext } from "./mapActions";
import { mapAction } from "./mapActions";

/** Who started an action: a person (announced when refused) or code. */
export type ActionSource = "keyboard" | "toolbar" | "menu" | "node" | "program";

/** What `runAction` did: applied (with the dispatch result when it wrote), or skipped and why. */
export type ActionOutcome =
  | { readonly id: string; readonly status: "applied" }
  | { readonly id: string; readonly status: "skipped"; readonly reason: string };

/**
 * Runs an action of the table if it is enabled; a refused action a person started is
 * announced with its reason ("View only: ...").
 */
export function runAction(id: string, ctx: ActionContext, source: ActionSource, arg?: ActionArg): ActionOutcome {
  const action = mapAction(id);
  const refused = action.enabled(ctx.state, arg);
  if (refused) {
    if (source !== "program") ctx.announce(ctx.t(refused));
    return { id, status: "skipped", reason: refused };
  }
  action.run(ctx, arg);
  return { id, status: "applied" };
}
