/** Helpers of the command tests: a document of the example map, applying, reading back. */
import { expect } from "vitest";
import * as Y from "yjs";
import { applyCommands, type ApplyResult } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { docToJourney } from "../../shared/doc/docToJourney";
import { COLLECTIONS, META, ROTATION } from "../../shared/doc/layout";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import type { Journey } from "../../shared/schema/journey";
import { validateJourney } from "../../shared/validate";
import { exampleJourney } from "../support/example";

/** The example map of the format page. */
export const example = exampleJourney();

/** A fresh document holding the example map. */
export function exampleDoc(): Y.Doc {
  return journeyToDoc(structuredClone(example));
}

/** The document's journey; asserts it is valid and that the reader had nothing to skip. */
export function journeyOf(doc: Y.Doc): Journey {
  const { journey, problems } = docToJourney(doc);
  expect(problems).toEqual([]);
  const checked = validateJourney(journey);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues.slice(0, 5)));
  return journey;
}

/** Applies `commands` as a local edit. */
export function apply(doc: Y.Doc, ...commands: Command[]): ApplyResult {
  return applyCommands(doc, commands, "local");
}

/** Applies one command that must be skipped; asserts the document did not change at all. */
export function expectSkipped(doc: Y.Doc, command: Command, reason: RegExp | string): void {
  const before = Y.encodeStateVector(doc);
  const result = apply(doc, command);
  expect(result.applied).toBe(0);
  expect(result.skipped).toHaveLength(1);
  expect(result.skipped[0]?.index).toBe(0);
  if (typeof reason === "string") expect(result.skipped[0]?.reason).toContain(reason);
  else expect(result.skipped[0]?.reason).toMatch(reason);
  expect(Y.encodeStateVector(doc)).toEqual(before);
}

/** An UndoManager over every journey type that tracks `local`, as the page's. */
export function localUndo(doc: Y.Doc): Y.UndoManager {
  const types = [...COLLECTIONS, META, ROTATION].map((name) => doc.getMap(name));
  return new Y.UndoManager(types, { trackedOrigins: new Set(["local"]) });
}

/** Ids of a list. */
export const ids = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((x) => x.id);

/** The ids of the cards in one cell, in order. */
export const cell = (j: Journey, stageId: string, laneId: string): string[] =>
  j.cards.filter((c) => c.stageId === stageId && c.laneId === laneId).map((c) => c.id);
