/**
 * Baton's one design system: every colour the page and the exports draw with.
 *
 * The page gets these as CSS custom properties (`cssVariables()`, set on `:root` at startup by
 * `client/styles/applyDesignTokens.ts`); the SVG exporter reads them directly
 * (`shared/export/svg/palette.ts`). Area style sheets use the variables, never raw colours, so a
 * card kind, a team or a status looks the same on the canvas, in the panels and in an export.
 * Pure data: no I/O.
 */
import type { CardKind } from "../schema/card";

/** How a card of one kind is painted: its background, border, and the accent of its bar and label. */
export interface KindColors {
  readonly fill: string;
  readonly stroke: string;
  readonly accent: string;
}

/** Card kinds: one quiet hue each. Labels in `accent` on `fill` keep 4.5:1 contrast. */
export const KIND_COLORS: Readonly<Record<CardKind, KindColors>> = {
  action: { fill: "#eef3fd", stroke: "#c9d8f6", accent: "#2f5bb7" },
  touchpoint: { fill: "#eaf6f5", stroke: "#bfe0dc", accent: "#0f766e" },
  painPoint: { fill: "#fdf0ef", stroke: "#f2cbc6", accent: "#b9382c" },
  opportunity: { fill: "#f4f0fd", stroke: "#dcd0f6", accent: "#6541c0" },
  note: { fill: "#fdf8e4", stroke: "#eddfa6", accent: "#7f6200" },
};

/** Distinct, legible team colours (on white and as card bars), offered to new teams in this order. */
export const TEAM_PALETTE = ["#2980b9", "#27ae60", "#8e44ad", "#e67e22", "#c0392b", "#16a085", "#d35400", "#2c3e50"] as const;

/** The one colour of "no team": a card or person without an owner team, a team without a colour. */
export const NO_TEAM_COLOR = "#94a3b8";

/** Metric status against its target (red / amber / green; `none` without a target). */
export const METRIC_STATUS_COLORS = { green: "#2e9d58", amber: "#e0a100", red: "#d64533", none: "#a0aec0" } as const;

/** Backlog status of a pain point or opportunity. */
export const BACKLOG_STATUS_COLORS = { open: "#94a3b8", inProgress: "#e0a100", done: "#2e9d58" } as const;

/** The emotion scale -2..2, from red through amber and grey to green. */
export const EMOTION_COLORS = ["#d64533", "#e8833a", "#8a94a6", "#7cb342", "#2e9d58"] as const;

/**
 * The neutral and semantic colours of the page's surfaces and text. `accent` is the one blue of
 * buttons and focus; `danger`, `warn` and `ok` (each with a soft background) carry meaning only.
 */
export const UI_COLORS = {
  bg: "#f5f6f8",
  surface: "#ffffff",
  surface2: "#f9fafb",
  surface3: "#f2f4f7",
  border: "#e1e5ec",
  borderStrong: "#c9d0db",
  text: "#1d2433",
  textStrong: "#111827",
  textSoft: "#374151",
  muted: "#5d6778",
  faint: "#8b95a6",
  accent: "#2f5fd0",
  accentHover: "#254fb4",
  accentStrong: "#1e3a8a",
  accentSoft: "#eaf0fc",
  accentBorder: "#c7d2ea",
  danger: "#c23b3b",
  dangerStrong: "#a12c2c",
  dangerSoft: "#fcecec",
  dangerBorder: "#f0d3d3",
  warn: "#a86a00",
  warnStrong: "#7c4a03",
  warnSoft: "#fff6e0",
  warnBorder: "#f0c987",
  ok: "#23804f",
  okStrong: "#14532d",
  okSoft: "#e6f5ec",
  okBorder: "#9fd8b7",
  attention: "#c2410c",
  attentionStrong: "#9a3412",
  attentionSoft: "#fff7ed",
  attentionBorder: "#fdba74",
  vote: "#7c3aed",
  voteSoft: "#f5f3ff",
  voteBorder: "#c4b5fd",
  voteStrong: "#4c1d95",
  focus: "#2f6feb",
  linking: "#b2570b",
  ink: "#1b2433",
  onInk: "#ffffff",
  canvasDots: "#d5dbe5",
  minimapCard: "#9aa8c0",
  minimapGrid: "#d7dde8",
} as const;

/** The exporter's own neutrals (a calm slate base). */
export const INK_COLORS = {
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
  emotionBar: "#7c5cbf",
} as const;

const kebab = (name: string) => name.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Every token as a CSS custom property, names derived from the constants above:
 * `--bg`, `--accent-soft`, `--kind-pain-point`, `--kind-pain-point-fill`, `--kind-pain-point-stroke`,
 * `--team-1` .. `--team-8`, `--no-team`, `--metric-green`, `--backlog-in-progress`, `--emotion-0`
 * (for -2) .. `--emotion-4` (for +2).
 */
export function cssVariables(): Readonly<Record<string, string>> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(UI_COLORS)) vars[`--${kebab(name)}`] = value;
  for (const [kind, c] of Object.entries(KIND_COLORS)) {
    vars[`--kind-${kebab(kind)}`] = c.accent;
    vars[`--kind-${kebab(kind)}-fill`] = c.fill;
    vars[`--kind-${kebab(kind)}-stroke`] = c.stroke;
  }
  TEAM_PALETTE.forEach((c, i) => (vars[`--team-${i + 1}`] = c));
  vars["--no-team"] = NO_TEAM_COLOR;
  for (const [name, value] of Object.entries(METRIC_STATUS_COLORS)) vars[`--metric-${name}`] = value;
  for (const [name, value] of Object.entries(BACKLOG_STATUS_COLORS)) vars[`--backlog-${kebab(name)}`] = value;
  EMOTION_COLORS.forEach((c, i) => (vars[`--emotion-${i}`] = c));
  return vars;
}
