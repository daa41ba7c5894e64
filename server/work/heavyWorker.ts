/**
 * The worker thread of `HeavyWork`: parses, validates and turns journey files into Yjs updates,
 * and verifies snapshots, off the event loop (issue 10, point 7). Pure input -> output; no
 * storage, no sockets. Messages are `HeavyJob`s; answers `HeavyAnswer`s with the same id.
 */
import { parentPort } from "node:worker_threads";
import * as Y from "yjs";
import { validateJourney } from "../../shared/validate";
import { journeyUpdate, replacementUpdate } from "../maps/mapContent";
import { verifiedState } from "../sync/roomState";
import type { HeavyAnswer, HeavyJob, JourneyResult } from "./HeavyWork";

function journeyFrom(body: Uint8Array, state: Uint8Array | null): JourneyResult {
  let parsed: unknown;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (text.length === 0) parsed = undefined;
  else {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch (err) {
      const message = `is not JSON: ${(err as Error).message}`;
      return { ok: false, status: 400, message: `The request body ${message}.`, issues: [{ path: "", message }] };
    }
  }
  const result = validateJourney(parsed);
  if (!result.ok) return { ok: false, status: 400, message: "", issues: result.issues };
  if (state === null) return { ok: true, update: journeyUpdate(result.journey), title: result.journey.title };
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return { ok: true, update: replacementUpdate(doc, result.journey), title: result.journey.title };
  } finally {
    doc.destroy();
  }
}

function run(job: HeavyJob): HeavyAnswer {
  try {
    if (job.kind === "verify") {
      verifiedState(job.state);
      return { id: job.id, ok: true };
    }
    return { id: job.id, ok: true, journey: journeyFrom(job.body, job.kind === "replace" ? job.state : null) };
  } catch (err) {
    return { id: job.id, ok: false, error: (err as Error).message };
  }
}

parentPort?.on("message", (job: HeavyJob) => {
  const answer = run(job);
  const transfer = answer.ok && answer.journey?.ok ? [answer.journey.update.buffer as ArrayBuffer] : [];
  parentPort?.postMessage(answer, transfer);
});
