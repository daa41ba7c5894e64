import type { Journey } from "../../schema/journey";
import { escapeText } from "./escapeXml";
import { fmt } from "./formatNumber";
import { INK } from "./palette";
import { svgLabels, type ExportLang } from "./labels";
import type { MetricLight, RenderContext } from "./renderContext";
import type { Metric } from "../../schema/metric";
import { MARGIN, layoutGrid, pageWidth } from "./layoutJourney";
import { layoutHeader } from "./renderHeader";
import { renderLaneBands, renderStageHeaders } from "./renderGrid";
import { CARD_GROUP_ATTRS, renderCard } from "./renderCard";
import { renderLinks } from "./routeLinks";
import { renderEmotionCurve } from "./renderEmotionCurve";
import { layoutLegend } from "./renderLegend";

/** What the document renderer needs beyond the journey: the DSO rules' readings of it. */
export interface DocumentInputs {
  /** Mean emotion of each stage, index for index with `journey.stages`; undefined without data. */
  readonly stageEmotions: readonly (number | undefined)[];
  /** The colour of a metric against its target. */
  readonly metricLight: (metric: Metric) => MetricLight;
  readonly lang: ExportLang;
}

const FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif";

/**
 * Draws the whole page: header, stage chevrons, lane bands with their cards, the emotion band,
 * links on top, and the legend. Pure and deterministic: the output depends only on the inputs.
 */
export function renderDocument(journey: Journey, inputs: DocumentInputs): string {
  const labels = svgLabels(inputs.lang);
  const ctx: RenderContext = {
    labels,
    teams: new Map((journey.teams ?? []).map((t) => [t.id, t])),
    metricLight: inputs.metricLight,
  };
  const width = pageWidth(journey);
  const header = layoutHeader(journey, MARGIN, width, labels);
  const gridTop = MARGIN + header.height;
  const grid = layoutGrid(journey, ctx, width, gridTop);
  const emptyNote = journey.stages.length === 0 && journey.lanes.length === 0;
  const legendTop = (emptyNote ? gridTop + 40 : grid.bottom) + 40;
  const legend = layoutLegend(journey, MARGIN, width, labels, grid.cards.length);
  const height = Math.ceil(legendTop + legend.height + MARGIN);

  const parts: string[] = [];
  parts.push(`<?xml version="1.0" encoding="UTF-8"?>\n`);
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="${FONT_FAMILY}">\n`,
  );
  parts.push(`<title>${escapeText(journey.title)}</title>\n`);
  if (journey.description !== undefined) parts.push(`<desc>${escapeText(journey.description)}</desc>\n`);
  parts.push(`<rect width="${fmt(width)}" height="${fmt(height)}" fill="${INK.page}"/>\n`);
  parts.push(header.render(MARGIN), "\n");
  if (emptyNote) {
    parts.push(`<text x="${MARGIN}" y="${fmt(gridTop + 20)}" font-size="14" fill="${INK.muted}">${escapeText(labels.emptyMap)}</text>\n`);
  }
  parts.push(renderStageHeaders(grid), "\n");
  parts.push(renderLaneBands(grid, labels), "\n");
  for (const row of grid.rows) {
    if (row.type === "emotion") parts.push(renderEmotionCurve(row, grid, inputs.stageEmotions, labels), "\n");
  }
  parts.push(`<g ${CARD_GROUP_ATTRS}>\n`);
  for (const placed of grid.cards) parts.push(renderCard(placed.layout, placed.x, placed.y), "\n");
  parts.push(`</g>\n`);
  const links = renderLinks(grid, journey.links ?? []);
  if (links !== "") parts.push(links, "\n");
  parts.push(legend.render(legendTop), "\n");
  parts.push(`</svg>\n`);
  return parts.join("");
}
