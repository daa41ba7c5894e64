/**
 * The exporter's colours, all from the one design system (`shared/design/tokens.ts`), so an
 * exported card looks like the card on the canvas: a calm slate base, one quiet hue per card
 * kind, and saturated colour only where it carries meaning (team bars, metric status, emotion).
 */
import { EMOTION_COLORS, INK_COLORS, KIND_COLORS, METRIC_STATUS_COLORS, NO_TEAM_COLOR, type KindColors } from "../../design/tokens";

export const INK = INK_COLORS;

/** How a card of one kind is painted. */
export type KindStyle = KindColors;

export const KIND_STYLES = KIND_COLORS;

/** Metric status colours (red / amber / green, grey without a target). */
export const STATUS_COLORS = METRIC_STATUS_COLORS;

/** The colour of an emotion value on the -2..2 scale, from red through amber to green. */
export function emotionColor(value: number): string {
  const [veryLow, low, neutral, high, veryHigh] = EMOTION_COLORS;
  if (value <= -1) return veryLow;
  if (value < -0.25) return low;
  if (value <= 0.25) return neutral;
  if (value < 1) return high;
  return veryHigh;
}

/** The bar colour of a team that has none of its own. */
export const TEAM_FALLBACK_COLOR = NO_TEAM_COLOR;
