import { z } from "zod";
import type { KeyHashes } from "../../storage/Storage";
import { hashKeys, newKeys, newMapId, type MapKeys } from "../../keys";
import { validateJourney } from "../../../shared/validate";
import { isTemplateId, TEMPLATE_IDS, templateJourney } from "../../../shared/templates/index";
import { journeyUpdate } from "../../maps/mapContent";
import { readJsonBody } from "../body";
import { HttpError, sendJson, type ErrorIssue } from "../HttpError";
import type { AppContext, Route } from "../Route";

/**
 * POST /api/maps body (A15). `template` defaults to `blank`; `lang` ("en" | "de", default "en")
 * is Baton's addition (API-RULES.md): the language of the template's names.
 */
const CreateBody = z.strictObject({
  title: z.string().min(1).max(200).optional(),
  template: z.string().min(1).max(64).optional(),
  lang: z.enum(["en", "de"]).optional(),
});

/** zod issues as api.md's `issues` list. */
export function zodToIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ErrorIssue[] {
  return issues.map((i) => ({
    path: i.path.map((p, n) => (typeof p === "number" ? `[${p}]` : `${n === 0 ? "" : "."}${String(p)}`)).join(""),
    message: i.message,
  }));
}

/** The 201 body of a created map: its id, the three keys, and the share links. */
export function createdBody(app: AppContext, id: string, keys: MapKeys): Record<string, unknown> {
  const base = app.publicUrl();
  return {
    id,
    ownerKey: keys.ownerKey,
    editKey: keys.editKey,
    viewKey: keys.viewKey,
    links: { edit: `${base}/m/${id}#k=${keys.editKey}`, view: `${base}/m/${id}#k=${keys.viewKey}` },
  };
}

/** Stores a new map whose document starts as `snapshot`; returns its id and keys. */
export async function storeNewMap(app: AppContext, snapshot: Uint8Array): Promise<{ id: string; keys: MapKeys }> {
  const id = newMapId();
  const keys = newKeys();
  const hashes: KeyHashes = hashKeys(keys);
  const now = new Date().toISOString();
  await app.storage.createMap({ id, keyHashes: hashes, createdAt: now, updatedAt: now }, snapshot);
  // The first version: later summaries say what changed since the map was made (H2).
  await app.history.saveInitial(id, snapshot).catch((err: unknown) => app.log.warn("history.initial_failed", { map: id, message: (err as Error).message }));
  app.log.info("map.created", { map: id, bytes: snapshot.byteLength });
  return { id, keys };
}

/** Today's UTC day: the creation day a new map records (SPEC.md D14). */
function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** POST /api/maps (A34). */
export const createMapRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/maps",
    async handle({ req, res, app }) {
      const body = (await readJsonBody(req)) ?? {};
      const parsed = CreateBody.safeParse(body);
      if (!parsed.success) throw new HttpError(400, "The body is not a valid map request.", zodToIssues(parsed.error.issues));
      const { title, template = "blank", lang = "en" } = parsed.data;
      if (!isTemplateId(template)) {
        throw new HttpError(400, `There is no template "${template}".`, [
          { path: "template", message: `must be one of ${TEMPLATE_IDS.join(", ")}` },
        ]);
      }
      const { id, keys } = await storeNewMap(app, journeyUpdate(templateJourney(template, lang, title), utcToday()));
      sendJson(res, 201, createdBody(app, id, keys));
    },
  },
  {
    method: "POST",
    path: "/api/maps/import",
    async handle({ req, res, app }) {
      const result = validateJourney(await readJsonBody(req));
      if (!result.ok) throw new HttpError(400, "The journey file is not valid; nothing was stored.", result.issues);
      const { id, keys } = await storeNewMap(app, journeyUpdate(result.journey));
      sendJson(res, 201, createdBody(app, id, keys));
    },
  },
];
