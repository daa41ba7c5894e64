/**
 * The page's calls to the HTTP API (api.md). Keys go in `Authorization: Bearer`; never in a URL.
 * Failures are `ApiError`s carrying the server's sentence and, for imports, every issue.
 */
import type { Role } from "../map/MapSession";

export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/** A refused or failed API call: the HTTP status, the server's sentence, and any issues. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
  }
}

export interface CreatedMap {
  readonly id: string;
  readonly ownerKey: string;
  readonly editKey: string;
  readonly viewKey: string;
}

export interface MapInfo {
  readonly id: string;
  readonly title: string;
  readonly role: Role;
  readonly updatedAt: string;
  /** The workspace the map belongs to (workspace contract). */
  readonly workspace?: { readonly id: string; readonly title: string };
}

/** One JSON call to the API with the key as bearer token; other areas' API modules build on it. */
export async function call<T>(path: string, init: RequestInit & { key?: string } = {}): Promise<T> {
  return answerOf<T>(await sendRequest(path, init));
}

/** Sends one request with the key as bearer token; a network failure is an `ApiError` with status 0. */
export async function sendRequest(path: string, init: RequestInit & { key?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key) headers.set("Authorization", `Bearer ${init.key}`);
  if (init.body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json; charset=utf-8");
  try {
    return await fetch(path, { ...init, headers });
  } catch (e) {
    throw new ApiError(0, e instanceof Error ? e.message : String(e));
  }
}

/** The JSON body of an answer; a refusal is an `ApiError` with the server's sentence and issues. */
export async function answerOf<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // A non-JSON answer (a proxy's error page): reported by status below.
  }
  if (!res.ok) {
    const b = (body ?? {}) as { error?: unknown; issues?: unknown };
    const issues = Array.isArray(b.issues)
      ? b.issues.filter((i): i is ApiIssue => typeof i?.path === "string" && typeof i?.message === "string")
      : [];
    throw new ApiError(res.status, typeof b.error === "string" ? b.error : `HTTP ${res.status}`, issues);
  }
  return body as T;
}

/** `POST /api/maps`: a new map, blank or from a template, in the page's language. */
export function createMap(opts: { title?: string; template?: string; lang?: string }): Promise<CreatedMap> {
  return call<CreatedMap>("/api/maps", { method: "POST", body: JSON.stringify(opts) });
}

/** `POST /api/maps/import`: the file's text is sent as it is; invalid files come back with every issue. */
export function importMap(journeyText: string): Promise<CreatedMap> {
  return call<CreatedMap>("/api/maps/import", { method: "POST", body: journeyText });
}

/** `GET /api/maps/:id`: title and the role this key holds. */
export function getMapInfo(id: string, key: string): Promise<MapInfo> {
  return call<MapInfo>(`/api/maps/${encodeURIComponent(id)}`, { key });
}

/** `POST /api/maps/:id/keys` (owner): three new keys; the old ones stop working. */
export function replaceKeys(id: string, ownerKey: string): Promise<CreatedMap> {
  return call<CreatedMap>(`/api/maps/${encodeURIComponent(id)}/keys`, { method: "POST", key: ownerKey });
}

/** `GET /api/maps/:id/participant` (editor, API-RULES.md P1): the participant key, derived by the server. */
export function getParticipantKey(id: string, key: string): Promise<{ participantKey: string }> {
  return call<{ participantKey: string }>(`/api/maps/${encodeURIComponent(id)}/participant`, { key });
}

/** `DELETE /api/maps/:id` (owner). */
export function deleteMap(id: string, ownerKey: string): Promise<void> {
  return call<void>(`/api/maps/${encodeURIComponent(id)}`, { method: "DELETE", key: ownerKey });
}
