import type { Journey } from "../schema/journey";
import type { Metric } from "../schema/metric";
import { emotionByStage } from "../dso/emotion";
import { metricStatus } from "../dso/kpi";
import { renderDocument } from "./svg/renderDocument";
import type { ExportLang } from "./svg/labels";
import type { MetricLight } from "./svg/renderContext";

export type { ExportLang } from "./svg/labels";

/** Options of {@link renderJourneySvg}. */
export interface SvgOptions {
  /** The language of the words the picture adds (kinds, legend, badges); English by default. */
  readonly lang?: ExportLang;
}

function metricLight(metric: Metric): MetricLight {
  return metricStatus(metric) ?? "none";
}

/**
 * The journey as a standalone SVG 1.1 document (api.md, "SVG export"): title and persona,
 * numbered stage headers, lane labels, every card in its kind's style with its wrapped title,
 * channel, owner team (colour bar and name), severity, votes, impact/effort, status and metric
 * badges (red/amber/green by `metricStatus`), links as arrows through the gutters, the emotion
 * curve (`emotionByStage`), and a legend.
 *
 * Guarantees: every card is a `<g data-card-id="ID">` whose first child is `<title>` with the
 * full title; no script, no `foreignObject`, no event attributes, no external references, fonts
 * named only (`Liberation Sans, Arial, Helvetica, sans-serif`); every text and attribute value
 * is escaped and stripped of characters XML 1.0 forbids. Text is measured with fixed Liberation
 * Sans / Arial metrics and numbers are rounded to two decimals, so the same journey always
 * gives byte-identical output, on any machine.
 */
export function renderJourneySvg(journey: Journey, opts: SvgOptions = {}): string {
  const stageEmotions = emotionByStage(journey).map((s) => s.mean ?? undefined);
  return renderDocument(journey, { stageEmotions, metricLight, lang: opts.lang ?? "en" });
}
