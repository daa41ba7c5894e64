/**
 * The page's calls to the metric feed (API-RULES.md WK1-WK4): feed keys, listed, created and
 * revoked by the workspace owner, and points posted as CSV by an editor.
 */
import { call } from "../api/api";

/** A feed key as the list shows it: never the key itself. */
export interface FeedKeyInfo {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
}

/** A feed key just created: the key is shown this once. */
export interface CreatedFeedKey extends FeedKeyInfo {
  readonly key: string;
}

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function listFeedKeys(workspaceId: string, key: string): Promise<{ keys: FeedKeyInfo[] }> {
  return call(`${base(workspaceId)}/feed-keys`, { key });
}

export function createFeedKey(workspaceId: string, key: string, label: string): Promise<CreatedFeedKey> {
  return call(`${base(workspaceId)}/feed-keys`, { key, method: "POST", body: JSON.stringify(label.trim() ? { label: label.trim() } : {}) });
}

export function revokeFeedKey(workspaceId: string, key: string, keyId: string): Promise<void> {
  return call(`${base(workspaceId)}/feed-keys/${encodeURIComponent(keyId)}`, { key, method: "DELETE" });
}

/** Posts a `date,value` CSV to a series (K6): all rows stored, or none with every bad row named. */
export function postPointsCsv(workspaceId: string, key: string, seriesId: string, csv: string): Promise<{ seriesId: string; stored: number }> {
  return call(`${base(workspaceId)}/metrics/${encodeURIComponent(seriesId)}/points`, { key, method: "POST", body: csv, headers: { "Content-Type": "text/csv; charset=utf-8" } });
}

/** The address points are posted to, for the curl example. */
export function pointsUrl(origin: string, workspaceId: string, seriesId: string): string {
  return `${origin}${base(workspaceId)}/metrics/${encodeURIComponent(seriesId)}/points`;
}

/** Posts points as JSON to a series (WK2, WK6): a point typed on the page. */
export function postPoints(workspaceId: string, key: string, seriesId: string, points: readonly { on: string; value: number }[]): Promise<{ seriesId: string; stored: number }> {
  return call(`${base(workspaceId)}/metrics/${encodeURIComponent(seriesId)}/points`, { key, method: "POST", body: JSON.stringify(points) });
}

/** Removes one day of a series (WK6). */
export function deletePoint(workspaceId: string, key: string, seriesId: string, on: string): Promise<void> {
  return call(`${base(workspaceId)}/metrics/${encodeURIComponent(seriesId)}/points/${encodeURIComponent(on)}`, { key, method: "DELETE" });
}

/** Every point of one series, oldest first (WK7: the series detail, on demand). */
export function getSeriesPointList(workspaceId: string, key: string, seriesId: string): Promise<{ seriesId: string; points: { on: string; value: number }[] }> {
  return call(`${base(workspaceId)}/metrics/${encodeURIComponent(seriesId)}/points`, { key });
}
