/**
 * How wide the side panel beside the map may be. Pure, so the rules are unit-tested; the
 * panel's component only measures the page and remembers the person's choice.
 */

/** Narrower than this, the inspector's fields and the views' controls no longer fit. */
export const PANEL_MIN = 300;
/** The map always keeps this much width beside the panel, also when the panel is expanded. */
export const MAP_MIN = 360;
/** Where the panel starts: the inspector is a column of fields, the ownership views are tables and lists. */
export const PANEL_DEFAULT = { details: 340, views: 480 } as const;
/** One arrow key press on the separator; with Shift, four. */
export const PANEL_STEP = 16;

export type PanelKind = keyof typeof PANEL_DEFAULT;

/** The widths the panel may take beside a page body `bodyWidth` px wide. */
export function panelBounds(bodyWidth: number): { min: number; max: number } {
  return { min: PANEL_MIN, max: Math.max(PANEL_MIN, Math.round(bodyWidth) - MAP_MIN) };
}

/** `width` kept within the bounds (a remembered width may come from a wider screen). */
export function clampPanelWidth(width: number, bodyWidth: number): number {
  const { min, max } = panelBounds(bodyWidth);
  return Math.min(max, Math.max(min, Math.round(width)));
}

/** A width remembered on this device, or null when there is none or it is not a sensible number. */
export function parsePanelWidth(stored: string | null): number | null {
  if (stored === null || !/^\d{2,5}$/.test(stored)) return null;
  const n = Number(stored);
  return n >= PANEL_MIN ? n : null;
}
