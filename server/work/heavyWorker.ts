/**
 * The worker thread of `HeavyWork`: parses, validates and turns journey files into Yjs updates,
 * renders SVG pictures, verifies snapshots and reads big documents after their commits
 * (projections, versions, summaries), off the event loop (issue 10, point 7; S47, S54).
 * Pure input -> output; no storage, no sockets. Messages are `HeavyJob`s; answers
 * `HeavyAnswer`s with the same id, their byte results transferred rather than copied.
 */
import { parentPort } from "node:worker_threads";
import type { Command } from "../../shared/commands/command";
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { renderJourneySvg } from "../../shared/export/svg";
import type { Journey } from "../../shared/schema/journey";
import { validateJourney } from "../../shared/validate";
import { composeJourney, splitJourney, writeMapPart } from "../../shared/workspace/compose";
import { replacementUpdate } from "../maps/mapContent";
import { materialize, verifiedState } from "../sync/roomState";
import { buildWorkspace, emptyWorkspace } from "../workspaces/buildWorkspace";
import { scratchUpdate } from "../workspaces/scratchUpdate";
import { projectionJson, stateSummary, versionReading } from "./docReadings";
import { sliceUpdate } from "./sliceUpdate";
import type { HeavyAnswer, HeavyJob, ImportResult, JourneyRefused, ReplaceResult, SvgResult } from "./HeavyWork";

/** The journey a request body holds, or why it is refused (400, as `readJsonBody` + `validateJourney` answer). */
function journeyOf(body: Uint8Array): { ok: true; journey: Journey } | JourneyRefused {
  let parsed: unknown;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch (err) {
      const message = `is not JSON: ${(err as Error).message}`;
      return { ok: false, status: 400, message: `The request body ${message}.`, issues: [{ path: "", message }] };
    }
  }
  const result = validateJourney(parsed);
  return result.ok ? { ok: true, journey: result.journey } : { ok: false, status: 400, message: "", issues: result.issues };
}

function withStateDoc<T>(parts: readonly Uint8Array[], read: (doc: Y.Doc) => T): T {
  const { doc } = materialize(parts);
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/** The PUT's update, and its slices for the live apply when it is big (S54). */
function withSlices(built: { ok: true; title: string; workspaceCommands: readonly Command[]; update: Uint8Array | null }): ReplaceResult {
  const slices = built.update ? sliceUpdate(built.update) : [];
  return { ...built, slices: slices.length > 1 ? slices : null };
}

/** The state `parts` make as one update, verified in a fresh document; throws when a part does not apply (never compact over it, S45). */
function snapshotOf(parts: readonly Uint8Array[]): Uint8Array {
  const { doc, failure } = materialize(parts);
  try {
    if (failure) throw new Error(`a stored part does not apply: ${failure}`);
    return verifiedState(Y.encodeStateAsUpdate(doc));
  } finally {
    doc.destroy();
  }
}

function importJourney(body: Uint8Array, mapId: string, createdOn: string | undefined): ImportResult {
  const read = journeyOf(body);
  if (!read.ok) return read;
  const { journey } = read;
  const built = buildWorkspace(emptyWorkspace(journey.title), [{ mapId, journey, ...(createdOn === undefined ? {} : { createdOn }) }]);
  return { ok: true, title: journey.title, workspace: built.workspace, map: (built.maps[0] as { snapshot: Uint8Array }).snapshot };
}

function replaceJourney(job: Extract<HeavyJob, { kind: "replace" }>): ReplaceResult {
  const read = journeyOf(job.body);
  if (!read.ok) return read;
  const { journey } = read;
  const { workspace } = job;
  return withStateDoc(job.parts, (doc) => {
    if (workspace === null) return withSlices({ ok: true, title: journey.title, workspaceCommands: [], update: replacementUpdate(doc, journey) });
    const split = splitJourney(journey, workspace, job.mapId);
    const { update } = scratchUpdate(doc, (scratch) => scratch.transact(() => writeMapPart(scratch, split), "server"));
    return withSlices({ ok: true, title: journey.title, workspaceCommands: split.workspaceCommands, update });
  });
}

function svg(job: Extract<HeavyJob, { kind: "svg" }>): SvgResult {
  const { doc } = materialize(job.parts);
  let journey: Journey;
  try {
    journey = job.workspace ? composeJourney(doc, job.workspace, job.mapId, job.only).journey : docToJourney(doc).journey;
  } finally {
    doc.destroy();
  }
  return { svg: Buffer.from(renderJourneySvg(journey, { lang: job.lang }), "utf8"), title: journey.title };
}

function run(job: HeavyJob): unknown {
  switch (job.kind) {
    case "verify":
      verifiedState(job.state);
      return undefined;
    case "snapshot":
      return { state: snapshotOf(job.parts) };
    case "stateVector":
      return { stateVector: Y.encodeStateVectorFromUpdate(job.state) };
    case "import":
      return importJourney(job.body, job.mapId, job.createdOn);
    case "replace":
      return replaceJourney(job);
    case "svg":
      return svg(job);
    case "project":
      return projectionJson(job.parts, job.mapId, job.workspace, job.updatedAt);
    case "version":
      return versionReading(job.parts, job.previous, job.noun);
    case "summary":
      return stateSummary(job.before, job.after, job.noun);
  }
}

/** The buffers of `result` that can be moved to the main thread instead of copied. */
function transferables(result: unknown): ArrayBuffer[] {
  if (typeof result !== "object" || result === null) return [];
  const values = Object.values(result).flatMap((v: unknown) => (Array.isArray(v) ? (v as unknown[]) : [v]));
  const whole = values.filter((v): v is Uint8Array => v instanceof Uint8Array && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength);
  return [...new Set(whole.map((v) => v.buffer as ArrayBuffer))];
}

parentPort?.on("message", (job: HeavyJob) => {
  let answer: HeavyAnswer;
  try {
    answer = { id: job.id, ok: true, result: run(job) };
  } catch (err) {
    answer = { id: job.id, ok: false, error: (err as Error).message };
  }
  parentPort?.postMessage(answer, answer.ok ? transferables(answer.result) : []);
});
