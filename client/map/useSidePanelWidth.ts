import { useCallback, useEffect, useState, type RefObject } from "react";
import { useDeviceSetting } from "../device/useDeviceSetting";
import { clampPanelWidth, PANEL_DEFAULT, panelBounds, parsePanelWidth, type PanelKind } from "./panelWidth";

export interface SidePanelWidth {
  /** The width to draw now (clamped to the page, or most of it when expanded). */
  readonly width: number;
  readonly min: number;
  readonly max: number;
  readonly expanded: boolean;
  /** While dragging: the width follows the pointer without being remembered yet. */
  preview(width: number): void;
  /** Sets and remembers a width on this device (ends the expanded state). */
  commit(width: number): void;
  /** Expands or narrows the views again (the inspector does not expand). */
  toggleExpanded(): void;
}

/**
 * The side panel's width: remembered per kind of content on this device (the inspector and the
 * ownership views want different widths), kept within the page as the window changes, and an
 * "expanded" state that gives the views most of the width while the map stays in sight.
 */
export function useSidePanelWidth(kind: PanelKind, panelRef: RefObject<HTMLElement | null>): SidePanelWidth {
  const [stored, setStored] = useDeviceSetting(`baton.sidePanel.width.${kind}`);
  const [bodyWidth, setBodyWidth] = useState(() => (typeof window === "undefined" ? 1440 : window.innerWidth));
  const [dragging, setDragging] = useState<number | null>(null);
  const [expanded, setExpanded] = useState(false);

  useEffect(() => {
    // The panel shares its parent (the page body) with the map: the bounds follow the parent.
    const body = panelRef.current?.parentElement;
    if (!body) return;
    setBodyWidth(body.clientWidth);
    const observer = new ResizeObserver(() => setBodyWidth(body.clientWidth));
    observer.observe(body);
    return () => observer.disconnect();
  }, [panelRef]);

  const { min, max } = panelBounds(bodyWidth);
  const chosen = dragging ?? parsePanelWidth(stored) ?? PANEL_DEFAULT[kind];
  // Only the views expand; the inspector keeps its own width meanwhile.
  const isExpanded = expanded && kind === "views";
  const width = isExpanded && dragging === null ? max : clampPanelWidth(chosen, bodyWidth);

  const preview = useCallback((w: number) => setDragging(w), []);
  const commit = useCallback(
    (w: number) => {
      setDragging(null);
      if (kind === "views") setExpanded(false);
      setStored(String(clampPanelWidth(w, bodyWidth)));
    },
    [bodyWidth, kind, setStored],
  );
  const toggleExpanded = useCallback(() => {
    if (kind === "views") setExpanded((e) => !e);
  }, [kind]);
  return { width, min, max, expanded: isExpanded, preview, commit, toggleExpanded };
}
