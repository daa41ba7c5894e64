import type { CardKind } from "../../schema/card";

/**
 * The exporter's colours: a calm slate base, one quiet hue per card kind, and saturated colour
 * only where it carries meaning (team bars, metric status, emotion).
 */
export const INK = {
  text: "#1e293b",
  muted: "#64748b",
  faint: "#94a3b8",
  rule: "#e2e8f0",
  page: "#ffffff",
  band: "#f8fafc",
  bandAlt: "#f1f5f9",
  header: "#334155",
  headerText: "#ffffff",
  link: "#475569",
} as const;

/** How a card of one kind is painted. */
export interface KindStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly accent: string;
}

export const KIND_STYLES: Readonly<Record<CardKind, KindStyle>> = {
  action: { fill: "#eef3fd", stroke: "#c9d8f6", accent: "#2f5bb7" },
  touchpoint: { fill: "#eaf6f5", stroke: "#bfe0dc", accent: "#0f766e" },
  painPoint: { fill: "#fdf0ef", stroke: "#f2cbc6", accent: "#b9382c" },
  opportunity: { fill: "#eef7ee", stroke: "#c6e3c8", accent: "#2e7d32" },
  note: { fill: "#fdf8e4", stroke: "#eddfa6", accent: "#8a6a00" },
};

/** Metric status colours (red / amber / green, grey without a target). */
export const STATUS_COLORS = {
  green: "#2e9d58",
  amber: "#e0a100",
  red: "#d64533",
  none: "#a0aec0",
} as const;

/** The colour of an emotion value on the -2..2 scale, from red through amber to green. */
export function emotionColor(value: number): string {
  if (value <= -1) return STATUS_COLORS.red;
  if (value < -0.25) return "#e8833a";
  if (value <= 0.25) return "#8a94a6";
  if (value < 1) return "#7cb342";
  return STATUS_COLORS.green;
}

/** The bar colour of a team that has none of its own. */
export const TEAM_FALLBACK_COLOR = "#94a3b8";
