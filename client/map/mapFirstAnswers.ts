/**
 * A map's first answers over HTTP (SPEC.md KB24): `GET /api/maps/:id` and
 * `GET /api/maps/:id/export.json`, asked by the page's first chunk while the live editor (React
 * Flow, Yjs) downloads, so the map's cards can be painted from them before the editor is there.
 * Kept small and free of the editor's libraries: this module is in the page's first chunk.
 */
import { call, type MapInfo } from "../api/api";
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
  const answer = Promise.all([call<MapInfo>(path, { key }), call<MapFirstAnswers["journey"]>(`${path}/export.json`, { key })]).then(([info, journey]) => ({ info, journey }));
  const entry: Asked = { mapId, key, answer, settled: null };
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
