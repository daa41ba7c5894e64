import type { Journey } from "../../shared/schema/journey";

function unionById<T extends { id: string }>(own: readonly T[] | undefined, now: readonly T[] | undefined): T[] {
  const out = [...(own ?? [])];
  const seen = new Set(out.map((x) => x.id));
  for (const x of now ?? []) if (!seen.has(x.id)) out.push(x);
  return out;
}

/**
 * A version of a map as History shows it read-only (H12): the version's journey, with the teams
 * and people of the workspace as they are NOW added where the version does not hold them (a map
 * in a workspace keeps its directory in the workspace document, so its versions hold no names).
 * The version's own entries win, so a map from before workspaces shows its names as they were.
 */
export function withLiveDirectory(version: Journey, live: Journey): Journey {
  return { ...version, teams: unionById(version.teams, live.teams), people: unionById(version.people, live.people) };
}
