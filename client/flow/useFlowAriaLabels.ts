import { useMemo } from "react";
import type { AriaLabelConfig } from "@xyflow/react";
import { useT } from "../i18n/useT";

/** React Flow's own accessible names and descriptions in the page's language (its `ariaLabelConfig`). */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      "node.a11yDescription.default": t("keys.flow.a11y.node"),
      "node.a11yDescription.keyboardDisabled": t("keys.flow.a11y.node"),
      "node.a11yDescription.ariaLiveMessage": () => "",
      "edge.a11yDescription.default": t("keys.flow.a11y.edge"),
      "controls.ariaLabel": t("keys.flow.controls"),
      "controls.zoomIn.ariaLabel": t("keys.flow.zoomIn"),
      "controls.zoomOut.ariaLabel": t("keys.flow.zoomOut"),
      "controls.fitView.ariaLabel": t("keys.flow.fitView"),
      "controls.interactive.ariaLabel": t("keys.flow.interactive"),
      "minimap.ariaLabel": t("keys.flow.minimap"),
      "handle.ariaLabel": t("keys.flow.handle"),
    }),
    [t],
  );
}
