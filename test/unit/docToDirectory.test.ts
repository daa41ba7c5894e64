import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { docToDirectory, docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import { exampleJourney } from "../support/example";

describe("the directory read alone (the cross-journey views' input)", () => {
  it("[WS4] docToDirectory reads the same teams and people as docToWorkspace, broken entries and dangling teams included", () => {
    const j = exampleJourney();
    const people = [...(j.people ?? []), { id: "ghost", name: "Ghost", teamId: "gone" }];
    const doc = workspaceToDoc({ title: "W", teams: j.teams ?? [], people: people as never, okrs: [], metrics: [{ id: "m", kind: "CSAT", points: [{ on: "2026-01-01", value: 1 }] }], decisions: [] });
    // A team entry that is not a Y.Map, and a person without an order key: both left out by either reader.
    doc.transact(() => {
      (doc.getMap("teams") as Y.Map<unknown>).set("broken", "not a map");
      const p = new Y.Map<unknown>();
      p.set("name", "No order");
      (doc.getMap("people") as Y.Map<unknown>).set("noorder", p);
    });
    const full = docToWorkspace(doc).workspace;
    const dir = docToDirectory(doc);
    expect(dir.teams).toEqual(full.teams);
    expect(dir.people).toEqual(full.people);
    expect(dir.teams.map((t) => t.id)).not.toContain("broken");
  });
});
