/**
 * Reading the journey's own fields (`meta`) and the rotation map, defensively.
 */
import type * as Y from "yjs";
import { JourneyShapeSchema } from "../schema/journey";
import type { Journey } from "../schema/journey";
import type { Persona } from "../schema/persona";
import type { DocProblem } from "./docProblem";
import { INVALID, fieldMessage, fieldSpecs } from "./fieldReader";
import { META, META_LISTS, META_PERSONA, OPTIONAL_LISTS, ROTATION, asYMap, type OptionalList } from "./layout";
import { PERSONA_FIELDS, ROTATION_FIELDS, readFields } from "./parseEntity";

/** The title a map gets when its document has none (or an invalid one). */
export const DEFAULT_TITLE = "Untitled journey";

const SPECS = fieldSpecs(JourneyShapeSchema.shape);
const [TITLE, DESCRIPTION] = SPECS.filter((f) => f.key === "title" || f.key === "description");
/** The journey-level fields kept as plain values in `meta` beside the title (WS1). */
export const META_INFO_KEYS = ["status", "group", "tags"] as const;
const INFO = SPECS.filter((f) => (META_INFO_KEYS as readonly string[]).includes(f.key));

/** The journey-level fields of a document. */
export interface MetaReading {
  title: string;
  description?: string;
  persona?: Persona;
  status?: Journey["status"];
  group?: string;
  tags?: string[];
  /** Optional lists written even when empty. */
  lists: ReadonlySet<OptionalList>;
}

/** Reads `meta`; every field that does not validate is reported and replaced or left out. */
export function readMeta(meta: Y.Map<unknown> | undefined, problems: DocProblem[]): MetaReading {
  const out: MetaReading = { title: DEFAULT_TITLE, lists: new Set() };
  if (!meta) {
    problems.push({ collection: META, id: "", message: "is not a Y.Map; the map is read without it" });
    return out;
  }
  const title = meta.get("title");
  const titleValue = title === undefined || !TITLE ? INVALID : TITLE.read(title);
  if (typeof titleValue === "string") out.title = titleValue;
  else {
    const why = TITLE && title !== undefined ? fieldMessage(TITLE, title) : "title: missing";
    problems.push({ collection: META, id: "title", message: `${why}; "${DEFAULT_TITLE}" is used` });
  }
  const description = meta.get("description");
  if (description !== undefined && DESCRIPTION) {
    const value = DESCRIPTION.read(description);
    if (typeof value === "string") out.description = value;
    else problems.push({ collection: META, id: "description", message: `${fieldMessage(DESCRIPTION, description)}; left out` });
  }
  const rawPersona = meta.get(META_PERSONA);
  if (rawPersona !== undefined) {
    const map = asYMap(rawPersona);
    const persona: Record<string, unknown> = {};
    const why = map ? readFields(PERSONA_FIELDS, map, persona) : "is not a Y.Map";
    if (why === undefined) out.persona = persona as Persona;
    else problems.push({ collection: META, id: META_PERSONA, message: `${why}; left out` });
  }
  for (const spec of INFO) {
    const raw = meta.get(spec.key);
    if (raw === undefined) continue;
    const value = spec.read(raw);
    if (value === INVALID) problems.push({ collection: META, id: spec.key, message: `${fieldMessage(spec, raw)}; left out` });
    else (out as unknown as Record<string, unknown>)[spec.key] = value;
  }
  const lists = meta.get(META_LISTS);
  if (Array.isArray(lists)) {
    out.lists = new Set(OPTIONAL_LISTS.filter((name) => lists.includes(name)));
  } else if (lists !== undefined) {
    problems.push({ collection: META, id: META_LISTS, message: "is not an array; ignored" });
  }
  return out;
}

/** The rotation's fields before its references are checked, or `undefined` for no rotation. */
export interface RawRotation {
  cadenceDays: number;
  startsOn: string;
  ownerIds: string[];
  overrides?: { from: string; to: string; ownerId: string }[];
}

/** Reads the `rotation` map: empty means no rotation; one that does not validate is reported and left out. */
export function readRotation(map: Y.Map<unknown> | undefined, problems: DocProblem[]): RawRotation | undefined {
  if (!map) {
    problems.push({ collection: ROTATION, id: "", message: "is not a Y.Map; left out" });
    return undefined;
  }
  if (map.size === 0) return undefined;
  const out: Record<string, unknown> = {};
  const why = readFields(ROTATION_FIELDS, map, out);
  if (why === undefined) return out as unknown as RawRotation;
  problems.push({ collection: ROTATION, id: "", message: `${why}; left out` });
  return undefined;
}
