import { memo, useCallback, useEffect, useMemo, useState } from "react";
import { useStoreApi } from "@xyflow/react";
import { emotionByStage } from "../../shared/dso/emotion";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import type { LinkEdge, MapNode } from "./flowTypes";
import type { GridLayout } from "./gridLayout";
import { createFlowDeriver } from "./toFlow";

const NO_NODES: MapNode[] = [];
const NO_EDGES: LinkEdge[] = [];

export interface FlowElementsProps {
  /** The layout the canvas shows (held still while something is dragged). */
  readonly layout: GridLayout;
  /** Where dragged nodes are right now (React Flow's position changes, not yet in the document). */
  readonly dragPositions: ReadonlyMap<string, { x: number; y: number }>;
  /** False until the first viewport is placed: nothing is drawn before (MapCanvas). */
  readonly placed: boolean;
}

/**
 * The canvas's nodes and edges, handed to React Flow's store from inside `<ReactFlow>` (what its
 * own `StoreUpdater` does with the `nodes` and `edges` props). This component, not the canvas,
 * reads the journey, the selection and the selected links: an edit of the map renders it and the
 * nodes whose objects changed (toFlow shares the others, KB22), never `<ReactFlow>` and the
 * canvas around it (KB9). Renders nothing itself.
 */
export const FlowElements = memo(function FlowElements({ layout, dragPositions, placed }: FlowElementsProps) {
  const store = useStoreApi<MapNode, LinkEdge>();
  const t = useT();
  const journey = useMap((s) => s.journey, Object.is);
  const selection = useMap((s) => s.selection, Object.is);
  const selectedLinks = useMap((s) => s.selectedLinks, Object.is);
  const editable = useMap((s) => s.canEdit && !s.presenting);
  const emotions = useMemo(() => emotionByStage(journey).map((e) => e.mean), [journey]);
  const [derive] = useState(createFlowDeriver);
  const linkName = useCallback((from: string, to: string) => t("editor.linkName", { from, to }), [t]);
  const base = useMemo(() => derive(journey, layout, { canEdit: editable, emotions, linkName }), [derive, journey, layout, editable, emotions, linkName]);

  const selected = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(() => {
    if (!placed) return NO_NODES;
    const shown = base.nodes.map((n) => {
      const sel = n.type === "card" && selected.has(n.id);
      const pos = dragPositions.get(n.id);
      if (!sel && !pos) return n;
      return { ...n, selected: sel, ...(pos ? { position: pos, dragging: true, zIndex: 10 } : {}) } as MapNode;
    });
    // The same array when no node is selected or dragged: React Flow takes nothing new.
    return shown.every((n, i) => n === base.nodes[i]) ? base.nodes : shown;
  }, [placed, base.nodes, selected, dragPositions]);
  const linkSet = useMemo(() => new Set(selectedLinks), [selectedLinks]);
  const edges = useMemo(() => {
    if (!placed) return NO_EDGES;
    if (linkSet.size === 0) return base.edges;
    return base.edges.map((e) => (linkSet.has(e.id) ? ({ ...e, selected: true } as LinkEdge) : e));
  }, [placed, base.edges, linkSet]);

  useEffect(() => {
    store.getState().setNodes(nodes);
  }, [store, nodes]);
  useEffect(() => {
    store.getState().setEdges(edges);
  }, [store, edges]);
  useEffect(() => {
    if (placed && base.nodes.some((n) => n.type === "card")) performance.mark("baton.cardsCommitted");
  }, [placed, base]);
  return null;
});
