import { z } from "zod";
import { hashKey, newKeys, newMapId, participantKey, type MapKeys } from "../../keys";
import { isTemplateId, TEMPLATE_IDS, templateJourney } from "../../../shared/templates/index";
import type { Journey } from "../../../shared/schema/journey";
import { buildWorkspace, emptyWorkspace, storeWorkspace, workspaceCreatedBody } from "../../workspaces/createDocs";
import { readBodyBytes, readJsonBody } from "../body";
import { heavyWorkFailed } from "../../work/heavyWorkFailed";
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

/** The 201 body of a created map: its id, the keys (the participant key too, P1), and the share links. */
export function createdBody(app: AppContext, id: string, keys: MapKeys): Record<string, unknown> {
  const base = app.publicUrl();
  const participant = participantKey(hashKey(keys.ownerKey));
  return {
    id,
    ownerKey: keys.ownerKey,
    editKey: keys.editKey,
    viewKey: keys.viewKey,
    participantKey: participant,
    links: { edit: `${base}/m/${id}#k=${keys.editKey}`, view: `${base}/m/${id}#k=${keys.viewKey}`, participant: `${base}/m/${id}#k=${participant}` },
  };
}

/** Today's UTC day: the creation day a new map records (SPEC.md D14). */
function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A new map in a workspace of its own (WA1): the journey's teams, people and OKRs go to the
 * workspace. The answer is A15's plus `workspace: {id, ownerKey, editKey, viewKey, links}`.
 */
export async function storeInOwnWorkspace(app: AppContext, journey: Journey, createdOn?: string): Promise<Record<string, unknown>> {
  const mapId = newMapId();
  return storeBuiltInOwnWorkspace(app, mapId, buildWorkspace(emptyWorkspace(journey.title), [{ mapId, journey, ...(createdOn === undefined ? {} : { createdOn }) }]));
}

/** Stores a workspace built for map `mapId` alone (`buildWorkspace`, here or in the worker, S47) as in {@link storeInOwnWorkspace}. */
async function storeBuiltInOwnWorkspace(app: AppContext, mapId: string, built: { workspace: Uint8Array; maps: { mapId: string; snapshot: Uint8Array }[] }): Promise<Record<string, unknown>> {
  // The map is its workspace's only journey: the workspace shares the map's keys (WA15), so the
  // map's page may edit its teams, people and OKRs, as before workspaces.
  const shared = newKeys();
  const { id, keys, mapKeys } = await storeWorkspace(app, built.workspace, built.maps, shared, [shared]).catch((err: unknown) => {
    // The store cannot write (disk full, read-only): 503, not 500 (S43).
    app.log.error("map.create_failed", { message: (err as Error).message });
    throw new HttpError(503, "The map could not be stored right now; nothing was created. Try again shortly.");
  });
  return { ...createdBody(app, mapId, mapKeys[0] as MapKeys), workspace: workspaceCreatedBody(app, id, keys) };
}

/** POST /api/maps (A34). */
export const createMapRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/maps",
    async handle({ req, res, app }) {
      app.rates.createMap(req);
      const body = (await readJsonBody(req)) ?? {};
      const parsed = CreateBody.safeParse(body);
      if (!parsed.success) throw new HttpError(400, "The body is not a valid map request.", zodToIssues(parsed.error.issues));
      const { title, template = "blank", lang = "en" } = parsed.data;
      if (!isTemplateId(template)) {
        throw new HttpError(400, `There is no template "${template}".`, [
          { path: "template", message: `must be one of ${TEMPLATE_IDS.join(", ")}` },
        ]);
      }
      sendJson(res, 201, await storeInOwnWorkspace(app, templateJourney(template, lang, title), utcToday()));
    },
  },
  {
    method: "POST",
    path: "/api/maps/import",
    async handle({ req, res, app }) {
      app.rates.createMap(req);
      // Parsed, validated and built in the worker thread (S47): a 20,000-card file takes seconds of CPU.
      const body = await readBodyBytes(req);
      const mapId = newMapId();
      const built = await app.work.importJourney(body, mapId).catch(heavyWorkFailed("nothing was stored"));
      if (!built.ok) throw new HttpError(400, built.message || "The journey file is not valid; nothing was stored.", built.issues);
      sendJson(res, 201, await storeBuiltInOwnWorkspace(app, mapId, { workspace: built.workspace, maps: [{ mapId, snapshot: built.map }] }));
    },
  },
];
