import type { IncomingMessage } from "node:http";
import { roleForKey } from "../keys";
import type { MapRecord, Storage } from "../storage/Storage";
import { roleAtLeast, type Role } from "../sync/RoomSocket";
import { bearerKey, REFUSAL_STATUS, type AccessRefusal } from "./auth";
import { HttpError } from "./HttpError";

export type WorkspaceAccess =
  | { ok: true; record: MapRecord; role: Role; viaMap: boolean }
  | { ok: false; refusal: AccessRefusal };

/**
 * Checks a key against a workspace (WA2, WA3): a workspace key at its role; with `viaMapId`, the
 * key of that map, when the map belongs to this workspace, reads the workspace document as a
 * viewer (a map key never writes its workspace). Order of checks as for maps (A9).
 */
export async function checkWorkspaceAccess(storage: Storage, id: string, key: string | null, needed: Role, viaMapId?: string | null): Promise<WorkspaceAccess> {
  if (key === null || key === "") return { ok: false, refusal: "noKey" };
  const record = await storage.getMap(id);
  if (!record || (await storage.workspaces.kindOf(id)).kind !== "workspace") return { ok: false, refusal: "noMap" };
  let role = roleForKey(key, record.keyHashes);
  let viaMap = false;
  if (role === null && viaMapId) {
    const kind = await storage.workspaces.kindOf(viaMapId);
    const map = kind.kind === "map" && kind.workspaceId === id ? await storage.getMap(viaMapId) : null;
    if (map && roleForKey(key, map.keyHashes) !== null) {
      role = "viewer";
      viaMap = true;
    }
  }
  if (role === null) return { ok: false, refusal: "wrongKey" };
  // A workspace's document has nothing to vote or comment on: a participant key reads it (P6).
  if (role === "participant") role = "viewer";
  if (!roleAtLeast(role, needed)) return { ok: false, refusal: "tooSmall" };
  return { ok: true, record, role, viaMap };
}

const TEXT: Record<AccessRefusal, string> = {
  noKey: "This needs a workspace key (Authorization: Bearer <key>).",
  noMap: "There is no such workspace.",
  wrongKey: "The key does not open this workspace.",
  tooSmall: "This key's role may not do this.",
};

/** The request's role on workspace `id`, or an HttpError (401/403/404). */
export async function authorizeWorkspace(storage: Storage, req: IncomingMessage, id: string, needed: Role): Promise<{ record: MapRecord; role: Role }> {
  const access = await checkWorkspaceAccess(storage, id, bearerKey(req), needed);
  if (!access.ok) {
    const status = REFUSAL_STATUS[access.refusal];
    throw new HttpError(status, TEXT[access.refusal], undefined, status === 401 ? { "www-authenticate": "Bearer" } : {});
  }
  return { record: access.record, role: access.role };
}
