import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Origin } from "../../shared/commands/origin";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";

/** `applyCommands` refused a journey that `validateJourney` had accepted (a bug, never input). */
export class ContentError extends Error {
  override readonly name = "ContentError";
}

function replaceIn(doc: Y.Doc, journey: Journey, origin: Origin): void {
  const result = applyCommands(doc, [{ type: "replaceJourney", journey }], origin);
  const skipped = result.skipped[0];
  if (skipped) throw new ContentError(`replaceJourney was skipped: ${skipped.reason}`);
}

/**
 * The first document state of a new map holding `journey` (valid), as one Yjs update; `createdOn`
 * (today, UTC) is recorded as the map's creation day (SPEC.md D14).
 */
export function journeyUpdate(journey: Journey, createdOn?: string): Uint8Array {
  const doc = new Y.Doc();
  try {
    replaceIn(doc, journey, "import");
    if (createdOn !== undefined) applyCommands(doc, [{ type: "setMapCreated", day: createdOn }], "import");
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The one update that turns `doc`'s content into `journey` (PUT, A20), computed on a scratch
 * copy with origin `server`, so the live document changes only when the room commits it.
 */
export function replacementUpdate(doc: Y.Doc, journey: Journey): Uint8Array {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(scratch);
    replaceIn(scratch, journey, "server");
    return Y.encodeStateAsUpdate(scratch, before);
  } finally {
    scratch.destroy();
  }
}

/** The map's title as the document holds it (read defensively, as `docToJourney` does). */
export function readTitle(doc: Y.Doc): string {
  return docToJourney(doc).journey.title;
}

/** The map as a valid journey file (entities that do not validate are left out). */
export function readJourney(doc: Y.Doc): Journey {
  return docToJourney(doc).journey;
}
