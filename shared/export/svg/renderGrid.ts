import type { LaneKind } from "../../schema/lane";
import { escapeText } from "./escapeXml";
import { fmt } from "./formatNumber";
import { INK, KIND_STYLES } from "./palette";
import {
  CELL_PAD_Y, CHEVRON_DEPTH, COL_W, LANE_LABEL_W, STAGE_DESC_LINE_H, STAGE_NAME_LINE_H,
  type ColumnLayout, type GridLayout, type RowLayout,
} from "./layoutJourney";
import type { SvgLabels } from "./labels";

const CELL_INSET = 5;

/** The card kind whose colour marks a lane of this kind, if any. */
const LANE_ACCENT: Readonly<Record<LaneKind, string>> = {
  actions: KIND_STYLES.action.accent,
  touchpoints: KIND_STYLES.touchpoint.accent,
  painPoints: KIND_STYLES.painPoint.accent,
  opportunities: KIND_STYLES.opportunity.accent,
  notes: KIND_STYLES.note.accent,
  emotions: "#7c5cbf",
  backstage: INK.muted,
};

function chevron(col: ColumnLayout, y: number, h: number): string {
  const x0 = col.x + 4;
  const x1 = col.x + COL_W - 4;
  const d = CHEVRON_DEPTH;
  // The first stage starts flat; every later one has a notch that the previous point fits into.
  const notch = col.index === 0 ? "" : `L${fmt(x0 + d)} ${fmt(y + h / 2)}`;
  return `<path d="M${fmt(x0)} ${fmt(y)}H${fmt(x1 - d)}L${fmt(x1)} ${fmt(y + h / 2)}L${fmt(x1 - d)} ${fmt(y + h)}H${fmt(x0)}${notch}Z" fill="${INK.header}"/>`;
}

/** Stage headers: numbered chevrons left to right, each stage's description under its chevron. */
export function renderStageHeaders(grid: GridLayout): string {
  const { y, chevronH } = grid.header;
  const parts: string[] = [`<g>`];
  for (const col of grid.columns) {
    parts.push(chevron(col, y, chevronH));
    const tx = col.x + 4 + (col.index === 0 ? 14 : CHEVRON_DEPTH + 12);
    const firstBase = y + chevronH / 2 - ((col.nameLines.length - 1) * STAGE_NAME_LINE_H) / 2 + 5;
    parts.push(
      `<text x="${fmt(tx)}" y="${fmt(firstBase)}" font-size="12" font-weight="bold" fill="#aab8cc">${col.index + 1}</text>`,
    );
    parts.push(`<text font-size="14" font-weight="bold" fill="${INK.headerText}">`);
    col.nameLines.forEach((line, i) => {
      parts.push(`<tspan x="${fmt(tx + 22)}" y="${fmt(firstBase + i * STAGE_NAME_LINE_H)}">${escapeText(line)}</tspan>`);
    });
    parts.push(`</text>`);
    if (col.descLines.length > 0) {
      parts.push(`<text font-size="11" fill="${INK.muted}">`);
      col.descLines.forEach((line, i) => {
        parts.push(`<tspan x="${fmt(col.x + 18)}" y="${fmt(y + chevronH + 18 + i * STAGE_DESC_LINE_H)}">${escapeText(line)}</tspan>`);
      });
      parts.push(`</text>`);
    }
  }
  parts.push(`</g>`);
  return parts.join("");
}

function laneRow(row: Extract<RowLayout, { type: "lane" }>, grid: GridLayout, labels: SvgLabels): string {
  const left = grid.left;
  const parts: string[] = [];
  const accent = LANE_ACCENT[row.lane.kind];
  parts.push(`<rect x="${fmt(left)}" y="${fmt(row.y)}" width="${LANE_LABEL_W - CELL_INSET * 2}" height="${fmt(row.h)}" rx="8" fill="${INK.bandAlt}"/>`);
  parts.push(`<rect x="${fmt(left)}" y="${fmt(row.y)}" width="4" height="${fmt(row.h)}" rx="2" fill="${accent}"/>`);
  parts.push(`<text font-size="13" font-weight="bold" fill="${INK.text}">`);
  row.nameLines.forEach((line, i) => {
    parts.push(`<tspan x="${fmt(left + 16)}" y="${fmt(row.y + CELL_PAD_Y + 13 + i * 16)}">${escapeText(line)}</tspan>`);
  });
  parts.push(`</text>`);
  // The lane's kind under its name, unless the name already says it ("Touchpoints").
  const kindLabel = labels.laneKinds[row.lane.kind];
  if (kindLabel.toLowerCase() !== row.lane.name.trim().toLowerCase()) {
    parts.push(
      `<text x="${fmt(left + 16)}" y="${fmt(row.y + CELL_PAD_Y + 13 + row.nameLines.length * 16 + 2)}" font-size="9" font-weight="bold" fill="${INK.faint}">${escapeText(kindLabel.toUpperCase())}</text>`,
    );
  }
  for (const col of grid.columns) {
    parts.push(
      `<rect x="${fmt(col.x + CELL_INSET)}" y="${fmt(row.y)}" width="${COL_W - 2 * CELL_INSET}" height="${fmt(row.h)}" rx="8" fill="${INK.band}"/>`,
    );
  }
  return parts.join("");
}

/** The lanes' label column and cell backgrounds (the emotion band draws itself). */
export function renderLaneBands(grid: GridLayout, labels: SvgLabels): string {
  const parts: string[] = [`<g>`];
  for (const row of grid.rows) if (row.type === "lane") parts.push(laneRow(row, grid, labels));
  parts.push(`</g>`);
  return parts.join("");
}
