/**
 * The main-thread pieces of a 20,000-card PUT, each timed alone in this process (issue 10's
 * budget): what the event loop would spend if each ran there in one go. Reported by
 * `heavy.bench.ts`, never asserted.
 */
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import { readCreatedDays } from "../../shared/doc/readCreatedDays";
import { summarizeChange } from "../../shared/history/summarizeChange";
import { projectMap } from "../../shared/workspace/projection";
import { journeyUpdate, replacementUpdate } from "../../server/maps/mapContent";
import { makeBigJourney } from "../support/bigJourney";

function timed<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

/** Rows of `[piece, ms]` for a PUT of `cards` other cards over a map of `cards` cards. */
export function heavyPieces(cards: number): string[][] {
  const first = makeBigJourney({ cards, seed: 10 });
  const second = makeBigJourney({ cards, seed: 11 });
  const live = new Y.Doc();
  Y.applyUpdate(live, journeyUpdate(first, "2026-01-01"));
  const reader = createJourneyReader(live);
  reader.read();
  const before = docToJourney(live).journey;
  const update = replacementUpdate(live, second);
  const rows: string[][] = [];
  const row = (name: string, ms: number): void => void rows.push([name, `${ms.toFixed(0)} ms`]);
  row(`live Y.applyUpdate of the PUT's update (${(update.byteLength / 1024 / 1024).toFixed(1)} MiB)`, timed(() => Y.applyUpdate(live, update)).ms);
  const state = timed(() => Y.encodeStateAsUpdate(live));
  row(`encodeStateAsUpdate of the live document (${(state.value.byteLength / 1024 / 1024).toFixed(1)} MiB)`, state.ms);
  row("encodeStateVector of the live document", timed(() => Y.encodeStateVector(live)).ms);
  const scratch = timed(() => {
    const d = new Y.Doc();
    Y.applyUpdate(d, state.value);
    return d;
  });
  row("a scratch document from that state (decode + apply)", scratch.ms);
  scratch.value.destroy();
  const journey = timed(() => docToJourney(live).journey);
  row("docToJourney (version reading, projection of an unloaded map)", journey.ms);
  row("incremental journey reader after the PUT (projection of a loaded map)", timed(() => reader.read()).ms);
  row("readCreatedDays", timed(() => readCreatedDays(live)).ms);
  const projection = timed(() => projectMap(journey.value, readCreatedDays(live), "2026-01-02T00:00:00.000Z"));
  row("projectMap", projection.ms);
  row("JSON.stringify of the projection", timed(() => JSON.stringify(projection.value)).ms);
  row("summarizeChange (the version's summary)", timed(() => summarizeChange(before, journey.value)).ms);
  live.destroy();
  return rows;
}
