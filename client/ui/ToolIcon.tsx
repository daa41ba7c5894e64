/**
 * The page's line icons (16 px grid, currentColor), as inline SVG: glyphs such as emoji, ✕ or
 * ⚠ are missing from many systems' fonts and render as empty boxes. Decorative: every button
 * or badge that shows one also has a text or an accessible name.
 */
const PATHS = {
  edit: "M3 13h2.5L13 5.5 10.5 3 3 10.5zM9.5 4l2.5 2.5",
  trash: "M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5M7 7v4m2-4v4",
  left: "M10 3.5 5.5 8l4.5 4.5",
  right: "M6 3.5 10.5 8 6 12.5",
  up: "M3.5 10 8 5.5l4.5 4.5",
  down: "M3.5 6 8 10.5 12.5 6",
  plus: "M8 3v10M3 8h10",
  /** A column with a plus beside it: add a stage. */
  addStage: "M2 2.5h5v11H2zM12 5.5v5M9.5 8h5",
  /** A row with a plus below it: add a lane. */
  addLane: "M2.5 2h11v5h-11zM8 9.5v5M5.5 12h5",
  undo: "M5.5 4 2.5 7l3 3M2.5 7h7a3.5 3.5 0 0 1 0 7H7",
  redo: "M10.5 4l3 3-3 3M13.5 7h-7a3.5 3.5 0 0 0 0 7H9",
  share: "M6 9.5 10 6.5M6 6.5l4 3M5.5 8a1.8 1.8 0 1 1-3.6 0 1.8 1.8 0 0 1 3.6 0Zm8.6-3.5a1.8 1.8 0 1 1-3.6 0 1.8 1.8 0 0 1 3.6 0Zm0 7a1.8 1.8 0 1 1-3.6 0 1.8 1.8 0 0 1 3.6 0Z",
  fit: "M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10",
  copy: "M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3",
  download: "M8 2.5v8m0 0-3-3m3 3 3-3M3 12.5v1h10v-1",
  upload: "M8 10.5v-8m0 0-3 3m3-3 3 3M3 12.5v1h10v-1",
  warning: "M8 2.5 14 13H2zM8 6.5v3m0 2v.3",
  card: "M2.5 4h11v8h-11zM5 7h6M5 9.5h4",
  list: "M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6 3.5v9",
  link: "M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 0 1 3.5 3.5l-1 1M9 11.5l-1 1a2.5 2.5 0 0 1-3.5-3.5l1-1",
  expand: "M7.5 4 3.5 8l4 4M12.5 4l-4 4 4 4",
  collapse: "M3.5 4l4 4-4 4M8.5 4l4 4-4 4",
  close: "M4.5 4.5l7 7M11.5 4.5l-7 7",
  check: "M3.5 8.5 6.5 11.5 12.5 4.5",
  circle: "M8 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z",
  alert: "M8 3v6.5M8 12.5v.5",
  target: "M8 2.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11Zm0 3a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z",
  grip: "M6 4h0M10 4h0M6 8h0M10 8h0M6 12h0M10 12h0",
  play: "M5.5 3.5v9l7-4.5Z",
  comment: "M3 3.5h10a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 2.5v-2.5H3A1.5 1.5 0 0 1 1.5 11V5A1.5 1.5 0 0 1 3 3.5Z",
  timer: "M8 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12Zm0-9.5V9l2.2 1.3M6.5 1h3",
  present: "M1.5 2.5h13v8.5h-13zM8 11v3M5 14.5h6M6.5 5l3 1.75L6.5 8.5Z",
  follow: "M2 8s2.5-4.5 6-4.5S14 8 14 8s-2.5 4.5-6 4.5S2 8 2 8Zm6 2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z",
  menu: "M2.5 4h11M2.5 8h11M2.5 12h11",
  panel: "M2.5 3h11v10h-11zM9.5 3v10",
  minimap: "M2.5 3.5h11v9h-11zM8 8h4v3H8z",
  info: "M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM8 7.5v4M8 5v.3",
  vote: "M8 13.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM3.5 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm9 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z",
} as const;

export type ToolIconName = keyof typeof PATHS;

/** Icons drawn with a heavier line so they read as dots or marks at small sizes. */
const HEAVY: ReadonlySet<ToolIconName> = new Set(["grip", "alert", "check", "close"]);

export function ToolIcon({ name, size = 16 }: { name: ToolIconName; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="icon">
      <path d={PATHS[name]} fill={name === "play" ? "currentColor" : "none"} stroke="currentColor" strokeWidth={HEAVY.has(name) ? 2.2 : 1.5} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
