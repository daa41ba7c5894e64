import type { Metric } from "../../shared/schema/metric";

/** A custom metric's own label is cut to this many characters on the card (the tooltip has it all). */
export const CHIP_LABEL_MAX = 10;

/**
 * The unit as it follows a number on a card chip: "%" directly, a short word ("min", "€")
 * after a space; a scale ("1-5") or a long unit is left to the tooltip, where it is in full.
 */
export function chipUnit(unit: string | undefined): string {
  if (!unit) return "";
  if (unit === "%") return "%";
  if (/^\d/.test(unit) || unit.length > 4) return "";
  return ` ${unit}`;
}

/** A label cut to `max` characters with an ellipsis (at a word end when there is one close by). */
export function shortLabel(label: string, max = CHIP_LABEL_MAX): string {
  const trimmed = label.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What a metric chip on a card says, compactly: a short name (the kind's abbreviation, or a
 * custom metric's label shortened) and "value/target" with the unit once, e.g. "FCR 78/85%",
 * "TTR 14/10 min", "CES 4.8/3". `abbreviation` is the kind's short name in the page's language;
 * `num` formats a number for that language.
 */
export function metricChipText(metric: Metric, abbreviation: string, num: (n: number) => string): string {
  const name = metric.kind === "custom" ? shortLabel(metric.label ?? abbreviation) : abbreviation;
  if (metric.value === undefined && metric.target === undefined) return name;
  const value = metric.value === undefined ? "–" : num(metric.value);
  const target = metric.target === undefined ? "" : `/${num(metric.target)}`;
  return `${name} ${value}${target}${chipUnit(metric.unit)}`;
}
