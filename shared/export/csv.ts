import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";
import type { Metric } from "../schema/metric";
import { cardsInReadingOrder } from "./readingOrder";

/** The header row of the card CSV, in column order. */
export const CSV_COLUMNS = [
  "id", "stage", "lane", "kind", "title", "description", "channel", "emotion", "severity", "impact", "effort",
  "status", "owner team", "votes", "metrics",
] as const;

/** Byte order mark: tells Excel the file is UTF-8, so umlauts and emoji survive. */
const BOM = "\ufeff";
const CRLF = "\r\n";

/** A cell that is only a plain decimal number cannot be a formula, whatever its sign. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice
 * and Google Sheets show it as text instead of evaluating it. Plain numbers such as `-2` are
 * left alone.
 */
export function neutraliseFormula(cell: string): string {
  if (cell === "" || PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 quoting: a cell with a comma, a quote, CR or LF is quoted, quotes doubled. */
export function quoteCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function numberCell(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? "" : String(n);
}

function metricSummary(m: Metric): string {
  const name = m.label !== undefined && m.label !== "" ? `${m.kind} ${m.label}` : m.kind;
  const unit = m.unit === undefined || m.unit === "" ? "" : m.unit === "%" ? "%" : ` ${m.unit}`;
  const value = m.value === undefined ? "-" : `${m.value}${unit}`;
  return m.target === undefined ? `${name}: ${value}` : `${name}: ${value} (target ${m.target}${unit})`;
}

function row(card: Card, names: { stage: string; lane: string; team: string }): string[] {
  return [
    card.id,
    names.stage,
    names.lane,
    card.kind,
    card.title,
    card.description ?? "",
    card.channel ?? "",
    numberCell(card.emotion),
    numberCell(card.severity),
    numberCell(card.impact),
    numberCell(card.effort),
    card.status ?? "",
    names.team,
    numberCell(card.votes),
    (card.metrics ?? []).map(metricSummary).join("; "),
  ];
}

/**
 * All cards as CSV for spreadsheets: a header row (`CSV_COLUMNS`), then one row per card in
 * reading order (stage, lane, order in the cell), with stage, lane and owner team by name and
 * the metrics summarised in one cell (`NPS: 31 (target 40); CES: 4.8 1-7`). RFC 4180 quoting,
 * CRLF line ends, a UTF-8 byte order mark for Excel, and every cell guarded against formula
 * injection (`neutraliseFormula`).
 *
 * Lossy by design: links, the persona, teams' colours, people, rotation, OKRs, reviews and
 * comments are not in it, and stages, lanes and teams appear by name only. Use the JSON export
 * to keep everything.
 */
export function journeyToCsv(journey: Journey): string {
  const stageNames = new Map(journey.stages.map((s) => [s.id, s.name]));
  const laneNames = new Map(journey.lanes.map((l) => [l.id, l.name]));
  const teamNames = new Map((journey.teams ?? []).map((t) => [t.id, t.name]));
  const lines = [CSV_COLUMNS.join(",")];
  for (const card of cardsInReadingOrder(journey)) {
    const cells = row(card, {
      stage: stageNames.get(card.stageId) ?? "",
      lane: laneNames.get(card.laneId) ?? "",
      team: card.ownerTeamId === undefined ? "" : (teamNames.get(card.ownerTeamId) ?? ""),
    });
    lines.push(cells.map((c) => quoteCsv(neutraliseFormula(c))).join(","));
  }
  return BOM + lines.join(CRLF) + CRLF;
}
