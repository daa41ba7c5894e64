import * as Y from "yjs";
import { docToJourney, DEFAULT_TITLE } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { JOURNEY_FORMAT, JOURNEY_VERSION, type Journey } from "../../shared/schema/journey";

/** A journey with a title and nothing else: what `POST /api/maps` without a template creates. */
export function blankJourney(title: string = DEFAULT_TITLE): Journey {
  return { format: JOURNEY_FORMAT, version: JOURNEY_VERSION, title, stages: [], lanes: [], cards: [] };
}

/** The first document state of a new map holding `journey` (valid), as one Yjs update. */
export function journeyUpdate(journey: Journey): Uint8Array {
  const doc = journeyToDoc(journey);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The map's title as the document holds it (read defensively, as `docToJourney` does). */
export function readTitle(doc: Y.Doc): string {
  return docToJourney(doc).journey.title;
}

/** The map as a valid journey file (entities that do not validate are left out). */
export function readJourney(doc: Y.Doc): Journey {
  return docToJourney(doc).journey;
}
