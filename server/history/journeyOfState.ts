import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";

/** A document holding a stored state (a version's, or a map's). The caller destroys it. */
export function docOfState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** The journey a stored state holds, read defensively (`docToJourney`). */
export function journeyOfState(state: Uint8Array): Journey {
  const doc = docOfState(state);
  try {
    return docToJourney(doc).journey;
  } finally {
    doc.destroy();
  }
}
