import { memo, useCallback } from "react";
import { ControlButton, Controls, MiniMap, useStore, type Node, type ReactFlowState } from "@xyflow/react";
import { UI_COLORS } from "../../shared/design/tokens";
import { useDeviceSetting } from "../device/useDeviceSetting";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import type { GridLayout } from "./gridLayout";

/**
 * React Flow's minimap draws one SVG shape per node, always (it ignores
 * onlyRenderVisibleElements): on a 2,000-card map that is half the page's DOM. Beyond this
 * many cards the minimap is left out; fit view and zoom still give the overview.
 */
const MINIMAP_MAX_CARDS = 600;
const MINIMAP_STYLE = { width: 168, height: 112 };
/** Below this canvas width the minimap starts hidden: it would sit on the cards a person works on. */
const MINIMAP_AUTO_WIDTH = 1500;
const selectWidth = (s: ReactFlowState) => s.width;

/**
 * The canvas's zoom controls (bottom left) and its minimap (bottom right). The minimap helps only
 * when part of the map is out of view; it covers a corner of the map, so it shows by default
 * only on a wide canvas, and a button of the controls shows or hides it (remembered on this
 * device) (PL3).
 */
export const CanvasNavigation = memo(function CanvasNavigation({ layout, cardCount }: { layout: GridLayout; cardCount: number }) {
  const t = useT();
  const allInView = useStore(
    useCallback(
      (s: ReactFlowState) => {
        const [x, y, zoom] = s.transform;
        return x >= 0 && y >= 0 && x + layout.width * zoom <= s.width && y + layout.height * zoom <= s.height;
      },
      [layout],
    ),
  );
  const paneWidth = useStore(selectWidth);
  const [setting, setSetting] = useDeviceSetting("baton.minimap");
  const useful = cardCount <= MINIMAP_MAX_CARDS && !allInView;
  const shown = setting === null ? paneWidth >= MINIMAP_AUTO_WIDTH : setting === "1";
  const label = t(shown ? "layout.minimap.hide" : "layout.minimap.show");
  return (
    <>
      <Controls showInteractive={false} position="bottom-left" orientation="horizontal">
        {useful && (
          <ControlButton onClick={() => setSetting(shown ? "0" : "1")} aria-label={label} title={label} aria-pressed={shown}>
            <ToolIcon name="minimap" size={14} />
          </ControlButton>
        )}
      </Controls>
      {useful && shown && (
        <MiniMap pannable zoomable position="bottom-right" style={MINIMAP_STYLE} nodeColor={miniMapColor} nodeStrokeWidth={0} maskColor="rgba(240, 243, 248, 0.7)" ariaLabel={t("keys.flow.minimap")} />
      )}
    </>
  );
});

function miniMapColor(node: Node): string {
  switch (node.type) {
    case "card":
      return UI_COLORS.minimapCard;
    case "stage":
    case "lane":
      return UI_COLORS.minimapGrid;
    default:
      return "transparent";
  }
}
