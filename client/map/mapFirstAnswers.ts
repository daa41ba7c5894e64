/**
 * A map's first answers over HTTP (SPEC.md KB24): `GET /api/maps/:id` and
 * `GET /api/maps/:id/export.json`, asked by the page's first chunk while the live editor (React
 * Flow, Yjs) downloads, so the map's cards can be painted from them before the editor is there.
 * Kept small and free of the editor's libraries: this module is in the page's first chunk.
 */
import { call, getMapInfo, type MapInfo } from "../api/api";
import { findDeviceMap } from "../device/deviceMaps";
import type { Journey } from "../../shared/schema/journey";

/** What the first paint reads: the map's title and role, its workspace, and its content. */
export interface MapFirstAnswers {
  readonly info: MapInfo;
  /** The journey file the server exported (already validated by the server: not parsed again). */
  readonly journey: Pick<Journey, "title" | "stages" | "lanes" | "cards"> & { readonly teams?: Journey["teams"] };
}

interface Asked {
  readonly mapId: string;
  readonly key: string;
  readonly at: number;
  readonly info: Promise<MapInfo>;
  readonly answer: Promise<MapFirstAnswers>;
  /** The answers once they are here (`null` while asked, or when they failed). */
  settled: MapFirstAnswers | null;
}

let asked: Asked | null = null;

/**
 * Asks for the map's first answers at once (the page's first chunk calls it on a map address),
 * with the key of the fragment or one this device kept. Asks nothing without a key. A failure
 * (offline, a refused key) is kept silently: the editor then opens as it always did, from its
 * local copy or with the server's refusal.
 */
export function prefetchMapAnswers(mapId: string, fragmentKey: string | null): void {
  const key = fragmentKey ?? findDeviceMap(mapId)?.key ?? null;
  if (!key) return;
  const path = `/api/maps/${encodeURIComponent(mapId)}`;
  const info = call<MapInfo>(path, { key });
  // Nobody may ever ask for it: its failure is reported to the view that does (`mapInfo`).
  info.catch(() => undefined);
  const answer = Promise.all([info, call<MapFirstAnswers["journey"]>(`${path}/export.json`, { key })]).then(([i, journey]) => ({ info: i, journey }));
  const entry: Asked = { mapId, key, at: Date.now(), info, answer, settled: null };
  answer.then(
    (a) => {
      entry.settled = a;
    },
    () => undefined,
  );
  asked = entry;
}

/** The first answers asked for `mapId`: their promise and, once here, the answers; null when never asked. */
export function askedMapAnswers(mapId: string): { readonly answer: Promise<MapFirstAnswers>; readonly settled: MapFirstAnswers | null } | null {
  return asked?.mapId === mapId ? asked : null;
}

/** A first answer older than this is asked for again. */
const FRESH_MS = 10_000;

/**
 * `GET /api/maps/:id` for the editor's views (the role, the workspace crumb, the directory):
 * the answer asked with the first paint's when it is for this map and key and a few seconds
 * old at most, else a new request. Refusals and failures are the same `ApiError`s either way.
 */
export function mapInfo(mapId: string, key: string): Promise<MapInfo> {
  if (asked && asked.mapId === mapId && asked.key === key && Date.now() - asked.at < FRESH_MS) return asked.info;
  return getMapInfo(mapId, key);
}
