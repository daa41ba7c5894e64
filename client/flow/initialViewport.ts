/**
 * The first view of a map (pure): the whole grid when it fits at a readable zoom, else its
 * top-left corner at a comfortable reading zoom (a big map is read, not overviewed, first; it
 * also draws far fewer cards). Headers always sit at the top, below the toolbar.
 */
export const READABLE_ZOOM = 0.55;
export const BIG_MAP_ZOOM = 0.8;

export function initialViewport(
  content: { width: number; height: number },
  pane: { width: number; height: number },
  top: number,
): { x: number; y: number; zoom: number } {
  const margin = 24;
  const fit = Math.min(1, (pane.width - 2 * margin) / content.width, (pane.height - top - margin) / content.height);
  if (fit >= READABLE_ZOOM) {
    return { x: Math.max(margin, (pane.width - content.width * fit) / 2), y: top, zoom: fit };
  }
  return { x: margin, y: top, zoom: BIG_MAP_ZOOM };
}
