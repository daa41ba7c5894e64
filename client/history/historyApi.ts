/**
 * The page's calls to the History API (api.md "History", server/API-RULES.md H1-H9).
 */
import type { ChangeSummary } from "../../shared/history/summarizeChange";
import type { VersionKind } from "../../shared/history/versionsToPrune";
import type { Journey } from "../../shared/schema/journey";
import { call, type CreatedMap } from "../api/api";

/** Who wrote: the key's role and the announced name. */
export interface HistoryAuthor {
  readonly role: "owner" | "editor" | "viewer" | "server";
  readonly name?: string;
}

/** One version as `GET /api/maps/:id/versions` lists it. */
export interface VersionInfo {
  readonly id: string;
  readonly at: string;
  readonly kind: VersionKind;
  readonly label?: string;
  readonly by?: HistoryAuthor;
  readonly authors?: readonly HistoryAuthor[];
  readonly summary: ChangeSummary;
}

/** One activity entry (H4). */
export interface ActivityInfo {
  readonly from: string;
  readonly at: string;
  readonly authors: readonly HistoryAuthor[];
  readonly summary: ChangeSummary;
}

/** Whose history: a map's (api.md "History") or a workspace's (H10). */
export type HistoryScope = "maps" | "workspaces";

const base = (id: string, scope: HistoryScope = "maps"): string => `/api/${scope}/${encodeURIComponent(id)}`;
const post = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });
const named = (name: string | undefined): { name?: string } => (name ? { name } : {});

export function listVersions(mapId: string, key: string, scope?: HistoryScope): Promise<VersionInfo[]> {
  return call<VersionInfo[]>(`${base(mapId, scope)}/versions`, { key });
}

export function listActivity(mapId: string, key: string, scope?: HistoryScope): Promise<ActivityInfo[]> {
  return call<ActivityInfo[]>(`${base(mapId, scope)}/activity?limit=50`, { key });
}

export function nameVersion(mapId: string, key: string, label: string, name?: string, scope?: HistoryScope): Promise<VersionInfo> {
  return call<VersionInfo>(`${base(mapId, scope)}/versions`, { key, ...post({ label, ...named(name) }) });
}

export function versionJourney(mapId: string, key: string, versionId: string): Promise<Journey> {
  return call<Journey>(`${base(mapId)}/versions/${encodeURIComponent(versionId)}/export.json`, { key });
}

export function restoreVersion(mapId: string, key: string, versionId: string, name?: string, scope?: HistoryScope): Promise<{ restoredFrom: string; savedAs: string }> {
  return call(`${base(mapId, scope)}/versions/${encodeURIComponent(versionId)}/restore`, { key, ...post(named(name)) });
}

export function restoreCards(mapId: string, key: string, versionId: string, cardIds: readonly string[], name?: string): Promise<{ restored: string[] }> {
  return call(`${base(mapId)}/versions/${encodeURIComponent(versionId)}/restore-cards`, { key, ...post({ cardIds, ...named(name) }) });
}

export function copyVersion(mapId: string, key: string, versionId: string): Promise<CreatedMap> {
  return call<CreatedMap>(`${base(mapId)}/versions/${encodeURIComponent(versionId)}/copy`, { key, method: "POST" });
}
