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
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * A spreadsheet convention: the field separator and the decimal mark. English spreadsheets read
 * `,` and `.`; German ones (Excel and LibreOffice with a German locale) read `;` and `,`.
 */
export interface CsvStyle {
  readonly separator: "," | ";";
  readonly decimal: "." | ",";
}

/** The conventions the page offers, by the page's language. */
export const CSV_STYLES = {
  en: { separator: ",", decimal: "." },
  de: { separator: ";", decimal: "," },
} as const satisfies Record<string, CsvStyle>;

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

/** RFC 4180 quoting: a cell with the separator, a quote, CR or LF is quoted, quotes doubled. */
export function quoteCsv(cell: string, separator: CsvStyle["separator"] = ","): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function numberText(n: number, style: CsvStyle): string {
  return style.decimal === "." ? String(n) : String(n).replace(".", style.decimal);
}

function numberCell(n: number | undefined, style: CsvStyle): string {
  return n === undefined || !Number.isFinite(n) ? "" : numberText(n, style);
}

function metricSummary(m: Metric, style: CsvStyle): string {
  const name = m.label !== undefined && m.label !== "" ? `${m.kind} ${m.label}` : m.kind;
  const unit = m.unit === undefined || m.unit === "" ? "" : m.unit === "%" ? "%" : ` ${m.unit}`;
  const value = m.value === undefined ? "-" : `${numberText(m.value, style)}${unit}`;
  return m.target === undefined ? `${name}: ${value}` : `${name}: ${value} (target ${numberText(m.target, style)}${unit})`;
}

function row(card: Card, names: { stage: string; lane: string; team: string }, style: CsvStyle): string[] {
  return [
    card.id,
    names.stage,
    names.lane,
    card.kind,
    card.title,
    card.description ?? "",
    card.channel ?? "",
    numberCell(card.emotion, style),
    numberCell(card.severity, style),
    numberCell(card.impact, style),
    numberCell(card.effort, style),
    card.status ?? "",
    names.team,
    numberCell(card.votes, style),
    (card.metrics ?? []).map((m) => metricSummary(m, style)).join("; "),
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
 *
 * `style` is the spreadsheet convention (`CSV_STYLES`): commas and decimal points by default,
 * semicolons and decimal commas for German spreadsheets.
 */
export function journeyToCsv(journey: Journey, style: CsvStyle = CSV_STYLES.en): string {
  const stageNames = new Map(journey.stages.map((s) => [s.id, s.name]));
  const laneNames = new Map(journey.lanes.map((l) => [l.id, l.name]));
  const teamNames = new Map((journey.teams ?? []).map((t) => [t.id, t.name]));
  const lines = [CSV_COLUMNS.join(style.separator)];
  for (const card of cardsInReadingOrder(journey)) {
    const cells = row(card, {
      stage: stageNames.get(card.stageId) ?? "",
      lane: laneNames.get(card.laneId) ?? "",
      team: card.ownerTeamId === undefined ? "" : (teamNames.get(card.ownerTeamId) ?? ""),
    }, style);
    lines.push(cells.map((c) => quoteCsv(neutraliseFormula(c), style.separator)).join(style.separator));
  }
  return BOM + lines.join(CRLF) + CRLF;
}
