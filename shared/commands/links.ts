/**
 * Handlers of links (arrows between two different cards). New links go to the end of the list.
 */
import { LIMITS } from "../schema/common";
import { LinkSchema } from "../schema/link";
import { addEntity, missing, patchable, updateEntity } from "./entityOps";
import type { HandlersFor } from "./handler";

/** Handlers of links. */
export const linkHandlers: HandlersFor<"addLink" | "updateLink" | "deleteLink"> = {
  addLink: (ctx, { link }) =>
    addEntity(ctx, "links", LinkSchema, link, {
      limit: LIMITS.links,
      refs: (l) => {
        if (l.from === l.to) return "a link must join two different cards";
        if (!ctx.entity("cards", l.from)) return missing("cards", l.from);
        return ctx.entity("cards", l.to) ? undefined : missing("cards", l.to);
      },
    }),
  updateLink: (ctx, { id, patch }) => updateEntity(ctx, "links", id, patch, patchable("links", ["from", "to"])),
  deleteLink(ctx, { id }) {
    if (!ctx.entity("links", id)) return missing("links", id);
    ctx.collection("links")?.delete(id);
    return undefined;
  },
};
