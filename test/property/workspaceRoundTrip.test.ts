import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Journey } from "../../shared/schema/journey";
import { validateJourney } from "../../shared/validate";
import { composeJourney, splitJourney, writeMapPart } from "../../shared/workspace/compose";
import type { Workspace } from "../../shared/workspace/schema";
import { validateWorkspaceFile } from "../../shared/workspace/validateWorkspaceFile";
import { exportWorkspaceFile, importWorkspaceFile, type MapDocument } from "../../shared/workspace/workspaceFile";
import { docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import { journeyArbitrary } from "../support/journeyArbitrary";
import { testSeed } from "../support/seed";

const seed = testSeed(20261129);
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const EMPTY: Workspace = { title: "W", teams: [], people: [], okrs: [], metrics: [], decisions: [] };

/** Imports `journey` as map `mapId` into the workspace document `ws`, as the server does. */
function importInto(ws: Y.Doc, journey: Journey, mapId: string): Y.Doc {
  const split = splitJourney(journey, docToWorkspace(ws).workspace, mapId);
  const result = applyCommands(ws, split.workspaceCommands, "import");
  expect(result.skipped).toEqual([]);
  const map = new Y.Doc();
  map.transact(() => writeMapPart(map, split), "import");
  return map;
}

function check<T>(property: fc.IProperty<T>, numRuns: number): void {
  try {
    fc.assert(property, { seed, numRuns });
  } catch (error) {
    throw new Error(`property failed with seed ${seed} (replay: BATON_SEED=${seed}):\n${(error as Error).message}`, { cause: error });
  }
}

describe(`workspace composition (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[WS5][F14] a journey file into a new workspace and out again is the same JSON", () => {
    check(
      fc.property(journeyArbitrary(), (journey) => {
        const ws = workspaceToDoc(EMPTY);
        const map = importInto(ws, journey, "m1");
        const { journey: back, problems } = composeJourney(map, docToWorkspace(ws).workspace, "m1", true);
        expect(problems).toEqual([]);
        // The file as the validator hands it on (keys in format order) is the canonical JSON.
        const canonical = validateJourney(journey);
        if (!canonical.ok) throw new Error("the arbitrary made an invalid journey");
        expect(JSON.stringify(json(back))).toBe(JSON.stringify(json(canonical.journey)));
      }),
      150,
    );
  }, 60_000);

  it("[WS4][WS5] journeys sharing one workspace export valid, self-contained journey files with nothing of their own lost", () => {
    check(
      fc.property(fc.array(journeyArbitrary({ maxCards: 8 }), { minLength: 2, maxLength: 3 }), (journeys) => {
        const ws = workspaceToDoc(EMPTY);
        const maps = journeys.map((j, i) => importInto(ws, j, `m${i}`));
        const workspace = docToWorkspace(ws).workspace;
        maps.forEach((map, i) => {
          const { journey } = composeJourney(map, workspace, `m${i}`);
          const checked = validateJourney(journey);
          expect(checked.ok ? [] : checked.issues).toEqual([]);
          const original = journeys[i] as Journey;
          expect(journey.cards.map((c) => c.id)).toEqual(original.cards.map((c) => c.id));
          expect(journey.reviews?.length ?? 0).toBe(original.reviews?.length ?? 0);
          expect(journey.rotation?.ownerIds.length).toBe(original.rotation?.ownerIds.length);
        });
      }),
      80,
    );
  }, 60_000);

  it("[WS8][WS9] a workspace file export, import and export again is the same JSON, and the file is valid", () => {
    check(
      fc.property(fc.array(journeyArbitrary({ maxCards: 8 }), { minLength: 1, maxLength: 3 }), (journeys) => {
        const ws = workspaceToDoc(EMPTY);
        const maps: MapDocument[] = journeys.map((j, i) => ({ id: `m${i}`, doc: importInto(ws, j, `m${i}`) }));
        const first = exportWorkspaceFile(docToWorkspace(ws).workspace, maps);
        const checked = validateWorkspaceFile(json(first));
        expect(checked.ok ? [] : checked.issues).toEqual([]);
        if (!checked.ok) return;
        const ids = checked.file.journeys.map((_, i) => `new${i}`);
        const imported = importWorkspaceFile(checked.file, ids);
        const ws2 = workspaceToDoc(imported.workspace);
        const maps2 = imported.journeys.map(({ mapId, journey }) => {
          const doc = new Y.Doc();
          doc.transact(() => writeMapPart(doc, { map: journey, lists: [] }), "import");
          return { id: mapId, doc };
        });
        const second = exportWorkspaceFile(docToWorkspace(ws2).workspace, maps2);
        expect(JSON.stringify(json(second))).toBe(JSON.stringify(json(first)));
      }),
      80,
    );
  }, 60_000);
});
