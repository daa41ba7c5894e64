import type { IncomingMessage } from "node:http";
import { roleForKey } from "../keys";
import type { MapRecord, Storage } from "../storage/Storage";
import { roleAtLeast, type Role } from "../sync/RoomSocket";
import { HttpError } from "./HttpError";

/** The key from `Authorization: Bearer <key>`, or `null`. */
export function bearerKey(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? (m[1] as string) : null;
}

/** Why a key does not open a map; each maps to one HTTP status and one close code. */
export type AccessRefusal = "noKey" | "noMap" | "wrongKey" | "tooSmall";

export type Access = { ok: true; record: MapRecord; role: Role } | { ok: false; refusal: AccessRefusal };

/**
 * Checks a key against a map (A9, S11): no key is `noKey` (401), an unknown map `noMap`
 * (404), a wrong key `wrongKey` (401), a right key with too small a role `tooSmall` (403).
 */
export async function checkAccess(storage: Storage, id: string, key: string | null, needed: Role): Promise<Access> {
  if (key === null || key === "") return { ok: false, refusal: "noKey" };
  const record = await storage.getMap(id);
  if (!record) return { ok: false, refusal: "noMap" };
  // A workspace's document is not a map (WA2); a map inside a workspace opens with the
  // workspace's keys too, at their role (WA3).
  const kind = await storage.workspaces.kindOf(id);
  if (kind.kind === "workspace") return { ok: false, refusal: "noMap" };
  let role = roleForKey(key, record.keyHashes);
  if (role === null && kind.kind === "map" && kind.workspaceId !== null) {
    const workspace = await storage.getMap(kind.workspaceId);
    if (workspace) role = roleForKey(key, workspace.keyHashes);
  }
  if (role === null) return { ok: false, refusal: "wrongKey" };
  if (!roleAtLeast(role, needed)) return { ok: false, refusal: "tooSmall" };
  return { ok: true, record, role };
}

export const REFUSAL_STATUS: Record<AccessRefusal, number> = { noKey: 401, noMap: 404, wrongKey: 401, tooSmall: 403 };

const REFUSAL_TEXT: Record<AccessRefusal, string> = {
  noKey: "This needs a map key (Authorization: Bearer <key>).",
  noMap: "There is no such map.",
  wrongKey: "The key does not open this map.",
  tooSmall: "This key's role may not do this.",
};

/** The request's role on map `id`, or an HttpError (401/403/404) with a sentence. */
export async function authorize(storage: Storage, req: IncomingMessage, id: string, needed: Role): Promise<{ record: MapRecord; role: Role }> {
  const access = await checkAccess(storage, id, bearerKey(req), needed);
  if (!access.ok) {
    const headers: Record<string, string> = REFUSAL_STATUS[access.refusal] === 401 ? { "www-authenticate": "Bearer" } : {};
    throw new HttpError(REFUSAL_STATUS[access.refusal], REFUSAL_TEXT[access.refusal], undefined, headers);
  }
  return { record: access.record, role: access.role };
}
