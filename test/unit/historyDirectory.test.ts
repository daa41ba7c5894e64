/**
 * A map version shown read-only gets team and person names as of now from the workspace (H12).
 */
import { describe, expect, it } from "vitest";
import { withLiveDirectory } from "../../client/history/withLiveDirectory";
import { exampleJourney } from "../support/example";

describe("history: a version's directory", () => {
  it("[H12] a version without teams and people shows the workspace's as of now; the version's own entries win", () => {
    const live = exampleJourney();
    expect(live.teams?.length).toBeGreaterThan(0);
    const version = { ...exampleJourney(), teams: [], people: [] };
    const shown = withLiveDirectory(version, live);
    expect(shown.teams).toEqual(live.teams);
    expect(shown.people).toEqual(live.people);
    expect(shown.cards).toEqual(version.cards);
    // An older version that kept its own names keeps them; names only now in the workspace are added.
    const [first] = live.teams ?? [];
    if (!first) throw new Error("no team");
    const older = { ...exampleJourney(), teams: [{ ...first, name: "Old name" }], people: [] };
    const olderShown = withLiveDirectory(older, live);
    expect(olderShown.teams?.[0]).toEqual({ ...first, name: "Old name" });
    expect(olderShown.teams?.map((t) => t.id)).toEqual(live.teams?.map((t) => t.id));
  });
});
