/**
 * The after-commit readings of a whole document, as the worker thread computes them for big
 * documents (S54): a map's projection (WA7) and a version's state, state vector and summary
 * (H1, H6). Pure input -> output: a document's state arrives as the updates that make it
 * (`parts`, a snapshot and what followed) and is read in a scratch document, exactly as the
 * main thread reads the live one.
 */
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { readCreatedDays } from "../../shared/doc/readCreatedDays";
import type { ChangeSummary } from "../../shared/history/summarizeChange";
import { directoryFor } from "../../shared/workspace/compose";
import { projectMap } from "../../shared/workspace/projection";
import type { Workspace } from "../../shared/workspace/schema";
import { MAP_FLAVOUR, WORKSPACE_FLAVOUR, type DocFlavour } from "../history/docFlavours";
import { materialize } from "../sync/roomState";

/** Which flavour of document (`docFlavours.ts`) a version reading is for. */
export type FlavourNoun = DocFlavour["noun"];

/** A version of a document, read in the worker: the state to store, its state vector, and the summary against the previous version. */
export interface VersionReading {
  readonly state: Uint8Array;
  readonly stateVector: Uint8Array;
  /** The previous version's state vector (`null` without a previous version). */
  readonly previousStateVector: Uint8Array | null;
  readonly summary: ChangeSummary;
}

function flavourOf(noun: FlavourNoun): DocFlavour {
  return noun === "workspace" ? (WORKSPACE_FLAVOUR as DocFlavour) : (MAP_FLAVOUR as DocFlavour);
}

function withParts<T>(parts: readonly Uint8Array[], read: (doc: Y.Doc) => T): T {
  const { doc } = materialize(parts);
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * A document whose state is at least this many bytes (about 1,000 cards) is read in the worker
 * thread after its commits (S54): below it, reading it here costs less than the round trip (and
 * a loaded map's incremental reader makes an edit's projection cost only what changed).
 */
export const HEAVY_STATE_BYTES = 256 * 1024;

/** The number of bytes of a state given as parts. */
export function bytesOf(parts: readonly Uint8Array[]): number {
  return parts.reduce((n, p) => n + p.byteLength, 0);
}

/**
 * The projection JSON of map `mapId` (WA7) whose state is `parts`, composed with its
 * workspace's directory when it lives in one: what `Projector` stores.
 */
export function projectionJson(parts: readonly Uint8Array[], mapId: string, workspace: Workspace | null, updatedAt: string): string {
  return withParts(parts, (doc) => {
    const journey = docToJourney(doc, workspace ? directoryFor(workspace, mapId) : undefined).journey;
    return JSON.stringify(projectMap(journey, readCreatedDays(doc), updatedAt));
  });
}

/**
 * A version of the document whose state is `parts`: its whole state as one update (as
 * `encodeStateAsUpdate` of the live document gives it), its state vector, and the summary of
 * what changed since `previous` (the newest version's state, or `null`).
 */
export function versionReading(parts: readonly Uint8Array[], previous: Uint8Array | null, noun: FlavourNoun): VersionReading {
  const flavour = flavourOf(noun);
  const before = previous ? withParts([previous], (doc) => ({ stateVector: Y.encodeStateVector(doc), value: flavour.read(doc) })) : null;
  return withParts(parts, (doc) => ({
    state: parts.length === 1 ? (parts[0] as Uint8Array) : Y.encodeStateAsUpdate(doc),
    stateVector: Y.encodeStateVector(doc),
    previousStateVector: before?.stateVector ?? null,
    summary: flavour.summarize(before?.value ?? null, flavour.read(doc)),
  }));
}

/** The summary of the change between two stored states of a document (the activity log's, H4). */
export function stateSummary(before: Uint8Array | null, after: Uint8Array, noun: FlavourNoun): ChangeSummary {
  const flavour = flavourOf(noun);
  const read = (state: Uint8Array): unknown => withParts([state], (doc) => flavour.read(doc));
  return flavour.summarize(before ? read(before) : null, read(after));
}
