/**
 * Handlers of the map's own fields: title, description, persona.
 */
import * as Y from "yjs";
import { JourneyShapeSchema } from "../schema/journey";
import { PersonaSchema } from "../schema/persona";
import { META_PERSONA, asYMap } from "../doc/layout";
import { cloneJson } from "../doc/writeEntity";
import { checkValue } from "./checkValue";
import type { HandlersFor } from "./handler";

const NO_META = "the document's meta is not a Y.Map";

/** `setTitle`, `setDescription`, `setPersona`. */
export const metaHandlers: HandlersFor<"setTitle" | "setDescription" | "setPersona"> = {
  setTitle(ctx, { title }) {
    const checked = checkValue(JourneyShapeSchema.shape.title, title, "title");
    if (typeof checked === "string") return checked;
    const meta = ctx.meta();
    if (!meta) return NO_META;
    meta.set("title", checked.value);
    return undefined;
  },
  setDescription(ctx, { description }) {
    const meta = ctx.meta();
    if (!meta) return NO_META;
    if (description === null) {
      meta.delete("description");
      return undefined;
    }
    const checked = checkValue(JourneyShapeSchema.shape.description.def.innerType, description, "description");
    if (typeof checked === "string") return checked;
    meta.set("description", checked.value);
    return undefined;
  },
  setPersona(ctx, { persona }) {
    const meta = ctx.meta();
    if (!meta) return NO_META;
    if (persona === null) {
      meta.delete(META_PERSONA);
      return undefined;
    }
    const checked = checkValue(PersonaSchema, persona, "persona");
    if (typeof checked === "string") return checked;
    // Change the existing map field by field, so a concurrent edit of another field survives.
    let map = asYMap(meta.get(META_PERSONA));
    if (!map) {
      map = new Y.Map<unknown>();
      meta.set(META_PERSONA, map);
    }
    const next = checked.value as Record<string, unknown>;
    for (const key of [...map.keys()]) if (!Object.hasOwn(next, key)) map.delete(key);
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, cloneJson(value));
    }
    return undefined;
  },
};
