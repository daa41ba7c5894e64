/**
 * The SVG export's budget (issue 7): a 2,400-card map renders in under 200 ms. Also a 2,000-card
 * map, the example map, and the German labels. Medians of 5 timed runs after one warm-up (wall
 * and CPU time); the size is the UTF-8 bytes of the SVG. Reported, never asserted.
 */
import { renderJourneySvg } from "../../shared/export/svg";
import { journeyToCsv } from "../../shared/export/csv";
import { journeyToMermaid } from "../../shared/export/mermaid";
import type { Journey } from "../../shared/schema/journey";
import { makeBigJourney } from "../support/bigJourney";
import { exampleJourney } from "../support/example";
import { printTable } from "./printTable";

const RUNS = 5;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Median wall time and median CPU time (user + system of this process) of `fn`, after one
 * warm-up run. On a shared, loaded machine the CPU time is the steadier of the two.
 */
function timing(fn: () => unknown): { wall: number; cpu: number } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);

export default async function svgBench(): Promise<void> {
  const example = exampleJourney();
  const cases: { name: string; journey: Journey; lang: "en" | "de" }[] = [
    { name: "example map", journey: example, lang: "en" },
    { name: "2,000 cards", journey: makeBigJourney({ cards: 2000, seed: 1 }), lang: "en" },
    { name: "2,400 cards", journey: makeBigJourney({ cards: 2400, seed: 1 }), lang: "en" },
    { name: "2,400 cards (de)", journey: makeBigJourney({ cards: 2400, seed: 1 }), lang: "de" },
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    const svg = renderJourneySvg(c.journey, { lang: c.lang });
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const t = timing(() => renderJourneySvg(c.journey, { lang: c.lang }));
    const mermaidMs = timing(() => journeyToMermaid(c.journey)).wall;
    const csvMs = timing(() => journeyToCsv(c.journey)).wall;
    rows.push([
      c.name,
      String(c.journey.cards.length),
      String(c.journey.links?.length ?? 0),
      `${w} x ${h}`,
      `${t.wall.toFixed(1)} ms`,
      `${t.cpu.toFixed(1)} ms`,
      size(Buffer.byteLength(svg)),
      `${mermaidMs.toFixed(1)} ms`,
      `${csvMs.toFixed(1)} ms`,
      c.journey.cards.length >= 2400 ? (t.wall < 200 ? "ok (< 200 ms)" : "OVER 200 ms") : "",
    ]);
  }
  const header = ["map", "cards", "links", "SVG px", "SVG wall", "SVG CPU", "SVG size", "Mermaid", "CSV", "budget"];
  printTable(header, rows);
}
