import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { useT } from "../i18n/useT";
import { PANEL_STEP } from "./panelWidth";
import type { SidePanelWidth } from "./useSidePanelWidth";

/**
 * The side panel's left edge: drag it (pointer) or focus it and use the arrow keys to make the
 * panel wider or narrower (Home and End: narrowest and widest). A WAI-ARIA window splitter: a
 * focusable separator whose value is the panel's width in pixels.
 */
export function PanelResizer({ size }: { size: SidePanelWidth }) {
  const t = useT();
  const start = useRef<{ x: number; width: number; last: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { x: e.clientX, width: size.width, last: size.width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const s = start.current;
    if (!s) return;
    // The edge is on the panel's left: moving it left makes the panel wider.
    s.last = Math.min(size.max, Math.max(size.min, s.width + s.x - e.clientX));
    size.preview(s.last);
  };
  const onPointerUp = () => {
    const s = start.current;
    if (!s) return;
    start.current = null;
    size.commit(s.last);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? PANEL_STEP * 4 : PANEL_STEP;
    const next =
      e.key === "ArrowLeft" ? size.width + step
      : e.key === "ArrowRight" ? size.width - step
      : e.key === "Home" ? size.min
      : e.key === "End" ? size.max
      : null;
    if (next === null) return;
    e.preventDefault();
    size.commit(next);
  };

  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t("map.panel.resize")}
      aria-valuenow={size.width}
      aria-valuemin={size.min}
      aria-valuemax={size.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={size.toggleExpanded}
    />
  );
}
