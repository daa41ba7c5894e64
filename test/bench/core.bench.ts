/**
 * The core's budgets (issue 2): validate + journeyToDoc of 20,000 cards under 1 s, docToJourney
 * of it under 300 ms, a 2,000-card map's encoded document under 1 MB. Also the encoded size
 * after 1,000 random edits and the page reader's re-read after one field edit. Medians of a
 * few runs; reported, never asserted.
 */
import { availableParallelism, loadavg } from "node:os";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { validateJourney } from "../../shared/validate";
import type { Command } from "../../shared/commands/command";
import type { Journey } from "../../shared/schema/journey";
import { randomCommand } from "../fuzz/randomCommands";
import { makeBigJourney } from "../support/bigJourney";
import { Rng } from "../support/seed";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median wall time and median CPU time (this process, user + system) of `runs` calls. */
function time<T>(runs: number, fn: () => T): { ms: number; cpu: number; last: T } {
  const times: number[] = [];
  const cpus: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    last = fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpu: median(cpus), last: last as T };
}

/** Wall time, with CPU time in brackets: on a shared, loaded machine the CPU time is the fairer number. */
const ms = (t: { ms: number; cpu: number }): string => `${t.ms.toFixed(1)} ms (${t.cpu.toFixed(0)} cpu)`;

/** A random command that edits without deleting, so the document's history grows. */
function editCommand(rng: Rng, view: Journey): Command {
  for (;;) {
    const command = randomCommand(rng, view);
    if (!/^(delete|set|replace)/.test(command.type)) return command;
  }
}
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;

interface Row { cards: number; cells: string[] }

function measure(cards: number, runs: number): Row {
  const journey = makeBigJourney({ cards, seed: 1 });
  const jsonBytes = Buffer.byteLength(JSON.stringify(journey));
  const validate = time(runs, () => validateJourney(journey));
  const toDoc = time(runs, () => journeyToDoc(journey));
  const doc = toDoc.last;
  const toJourney = time(runs, () => docToJourney(doc));
  if (toJourney.last.problems.length > 0) throw new Error("the big journey should read back without problems");
  const encoded = Y.encodeStateAsUpdate(doc).byteLength;

  const reader = createJourneyReader(doc);
  reader.read();
  const rng = new Rng(cards);
  const reread = time(runs * 3, () => {
    const card = journey.cards[rng.int(journey.cards.length)];
    if (card) applyCommands(doc, [{ type: "updateCard", id: card.id, patch: { title: `edited ${rng.int(1000)}` } }], "local");
    return reader.read();
  });
  reader.dispose();

  const edited = journeyToDoc(journey);
  let view = docToJourney(edited).journey;
  for (let i = 0; i < 1_000; i++) {
    applyCommands(edited, [editCommand(rng, view)], "local");
    if (i % 50 === 0) view = docToJourney(edited).journey;
  }
  const encodedAfter = Y.encodeStateAsUpdate(edited).byteLength;

  return {
    cards,
    cells: [
      kb(jsonBytes), ms(validate), ms(toDoc), ms({ ms: validate.ms + toDoc.ms, cpu: validate.cpu + toDoc.cpu }), ms(toJourney), kb(encoded), kb(encodedAfter), ms(reread),
    ],
  };
}

/** Prints the core's table. */
export default async function coreBench(): Promise<void> {
  const rows = [measure(2_000, 5), measure(20_000, 3)];
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores\n\n`);
  const header = ["cards", "file JSON", "validateJourney", "journeyToDoc", "validate + toDoc (budget 1 s at 20k)", "docToJourney (budget 300 ms at 20k)", "encoded doc (budget 1 MB at 2k)", "encoded after 1,000 edits", "reader re-read after 1 edit"];
  const lines = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.cards.toLocaleString("en")} | ${r.cells.join(" | ")} |`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
