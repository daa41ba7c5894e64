import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, SelectionMode, useReactFlow, useStore, type ReactFlowState,
  type Connection, type EdgeChange, type NodeChange, type Node, type OnNodeDrag,
} from "@xyflow/react";
import type * as Y from "yjs";
import { rootMap } from "../../shared/doc/layout";
import { emotionByStage } from "../../shared/dso/emotion";
import type { Command } from "../../shared/commands/command";
import { useMapInternals } from "../map/mapInternals";
import { initialViewport } from "./initialViewport";
import { useMapSession } from "../map/useMapSession";
import type { MapSession } from "../map/MapSession";
import { MapSessionContext } from "../map/sessionContext";
import { useConnectionState } from "../map/useConnectionState";
import { useT } from "../i18n/useT";
import { CanvasToolbar } from "./CanvasToolbar";
import { EmptyMapHint } from "./EmptyMapHint";
import { EditorActionsContext, createEditingStore, type EditorActions } from "./editorActions";
import { flowChangesToCommands } from "./flowChangesToCommands";
import type { LinkEdge, MapNode } from "./flowTypes";
import { freshId } from "./freshId";
import { gridLayout, type GridLayout } from "./gridLayout";
import { laneCardKind } from "./laneCardKind";
import { AddNodeView } from "./nodes/AddNodeView";
import { CardNodeView } from "./nodes/CardNodeView";
import { EmotionNodeView } from "./nodes/EmotionNodeView";
import { GridNodeView } from "./nodes/GridNodeView";
import { LaneNodeView } from "./nodes/LaneNodeView";
import { LinkEdgeView } from "./nodes/LinkEdgeView";
import { StageNodeView } from "./nodes/StageNodeView";
import { CanvasLayerSlot, CardBadgeIndexes } from "./slots";
import { createFlowDeriver } from "./toFlow";
import { useCanvasKeys } from "./useCanvasKeys";
import { useCardDrag } from "./useCardDrag";
import { useDeleteConfirmation } from "./useDeleteConfirmation";

const NODE_TYPES = {
  card: CardNodeView,
  stage: StageNodeView,
  lane: LaneNodeView,
  grid: GridNodeView,
  emotion: EmotionNodeView,
  add: AddNodeView,
};
const EDGE_TYPES = { link: LinkEdgeView };
const PRO_OPTIONS = { hideAttribution: true };
/**
 * React Flow's minimap draws one SVG shape per node, always (it ignores
 * onlyRenderVisibleElements): on a 2,000-card map that is half the page's DOM. Beyond this
 * many cards the minimap is left out; fit view and zoom still give the overview.
 */
const MINIMAP_MAX_CARDS = 600;
const MINIMAP_STYLE = { width: 168, height: 112 };
// Nothing is drawn before the first viewport is placed: drawing at React Flow's default view
// first would build (and then throw away) the DOM of a different part of a big map.
const NO_NODES: MapNode[] = [];
const NO_EDGES: LinkEdge[] = [];

/** A ref that always holds the latest value, for event handlers registered once. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * The journey map on React Flow. Everything shown is derived from the journey (toFlow on the
 * grid layout); what a person does becomes commands (flowChangesToCommands). Local state holds
 * only what is not the document's: where a dragged node is right now and which links are selected.
 */
export function MapCanvas({ selectedLinks, onSelectLinks }: { selectedLinks: readonly string[]; onSelectLinks(ids: string[]): void }) {
  const session = useMapSession();
  const { undoManager } = useMapInternals();
  const t = useT();
  const flow = useReactFlow();
  const { journey, selection, select } = session;
  const editable = session.canEdit && !session.presenting;

  const liveLayout = useMemo(() => gridLayout(journey), [journey]);
  // While something is dragged the grid holds still: what is under the pointer stays there,
  // although the drag already writes (throttled) and others see the card travel. The nodes'
  // session holds still too, so the drag's own writes do not re-render every card's badges.
  const [hold, setHold] = useState<{ layout: GridLayout; session: MapSession } | null>(null);
  const layout = hold?.layout ?? liveLayout;
  const emotions = useMemo(() => emotionByStage(journey).map((e) => e.mean), [journey]);
  const [derive] = useState(createFlowDeriver);
  const linkName = useCallback((from: string, to: string) => t("editor.linkName", { from, to }), [t]);
  const base = useMemo(() => derive(journey, layout, { canEdit: editable, emotions, linkName }), [derive, journey, layout, editable, emotions, linkName]);

  const journeyRef = useLatest(journey);
  const sessionRef = useLatest(session);
  const layoutRef = useLatest(layout);
  const dispatch = session.dispatch;
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const drag = useCardDrag({ journeyRef, layoutRef, dispatch, undoManager });

  const editing = useMemo(() => createEditingStore(), []);
  const addCardIn = useCallback(
    (stageId: string, laneId: string) => {
      const lane = journeyRef.current.lanes.find((l) => l.id === laneId);
      if (!lane) return;
      const id = freshId();
      dispatch([{ type: "addCard", card: { id, kind: laneCardKind(lane.kind), stageId, laneId, title: t("editor.newCard") } }]);
      select([id]);
      editing.set(id);
    },
    [dispatch, editing, journeyRef, select, t],
  );
  const addHeader = useCallback(
    (what: "stage" | "lane") => {
      const id = freshId();
      if (what === "stage") dispatch([{ type: "addStage", stage: { id, name: t("editor.newStage") } }]);
      else dispatch([{ type: "addLane", lane: { id, name: t("editor.newLane"), kind: "actions" } }]);
    },
    [dispatch, t],
  );
  const { requestDelete, dialog: deleteDialog } = useDeleteConfirmation(journeyRef);
  const actions = useMemo<EditorActions>(
    () => ({ editable, dispatch: (c: readonly Command[]) => dispatch(c), addCardIn, addHeader, requestDelete, editing }),
    [editable, dispatch, addCardIn, addHeader, requestDelete, editing],
  );

  const selected = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(
    () =>
      base.nodes.map((n) => {
        const sel = n.type === "card" && selected.has(n.id);
        const pos = dragPositions.get(n.id);
        if (!sel && !pos) return n;
        return { ...n, selected: sel, ...(pos ? { position: pos, dragging: true, zIndex: 10 } : {}) } as MapNode;
      }),
    [base.nodes, selected, dragPositions],
  );
  const linkSet = useMemo(() => new Set(selectedLinks), [selectedLinks]);
  const edges = useMemo(() => base.edges.map((e) => (linkSet.has(e.id) ? ({ ...e, selected: true } as LinkEdge) : e)), [base.edges, linkSet]);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      let nextSel: Set<string> | null = null;
      let nextPos: Map<string, { x: number; y: number }> | null = null;
      for (const c of changes) {
        if (c.type === "select") {
          nextSel ??= new Set(selection);
          if (c.selected) nextSel.add(c.id);
          else nextSel.delete(c.id);
        } else if (c.type === "position" && c.dragging && c.position) {
          nextPos ??= new Map(dragPositions);
          nextPos.set(c.id, c.position);
        }
      }
      if (nextSel) select([...nextSel]);
      if (nextPos) setDragPositions(nextPos);
    },
    [selection, select, dragPositions],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdge>[]) => {
      let next: Set<string> | null = null;
      for (const c of changes) {
        if (c.type !== "select") continue;
        next ??= new Set(selectedLinks);
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      if (next) onSelectLinks([...next]);
    },
    [selectedLinks, onSelectLinks],
  );

  const pointerOf = useCallback((e: MouseEvent | TouchEvent) => {
    const p = "touches" in e ? (e.touches[0] ?? e.changedTouches[0]) : e;
    return flow.screenToFlowPosition({ x: p?.clientX ?? 0, y: p?.clientY ?? 0 });
  }, [flow]);
  const cardIds = (dragged: Node[]) => dragged.filter((n) => n.type === "card").map((n) => n.id);
  const onNodeDragStart: OnNodeDrag<MapNode> = useCallback((_e, node) => {
    setHold({ layout: layoutRef.current, session: sessionRef.current });
    if (node.type === "card") drag.start();
  }, [drag, layoutRef, sessionRef]);
  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((e, node, dragged) => {
    if (node.type === "card") drag.move(cardIds(dragged), pointerOf(e));
  }, [drag, pointerOf]);
  const onNodeDragStop: OnNodeDrag<MapNode> = useCallback(
    (e, node, dragged) => {
      if (node.type === "card") drag.stop(cardIds(dragged), pointerOf(e));
      else dispatch(flowChangesToCommands({ kind: "dropHeader", nodeId: node.id, position: node.position }, { journey: journeyRef.current, layout: layoutRef.current }));
      setDragPositions(new Map());
      setHold(null);
    },
    [drag, pointerOf, dispatch, journeyRef, layoutRef],
  );
  const onConnect = useCallback(
    (c: Connection) => dispatch(flowChangesToCommands({ kind: "connect", source: c.source, target: c.target, linkId: freshId() }, { journey: journeyRef.current, layout: layoutRef.current })),
    [dispatch, journeyRef, layoutRef],
  );
  const onPaneClick = useCallback(() => {
    select([]);
    onSelectLinks([]);
  }, [select, onSelectLinks]);

  // The first view, once the map's content is here (from this device's copy or the server).
  // A map that really is empty (the server or, offline, this device's copy says so) keeps
  // React Flow's default view.
  const pane = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState(false);
  const { synced, localLoaded, link } = useConnectionState();
  const hasContent = journey.stages.length > 0 || journey.lanes.length > 0;
  useEffect(() => {
    if (placed || !pane.current) return;
    if (hasContent) {
      const { clientWidth, clientHeight } = pane.current;
      void flow.setViewport(initialViewport(layout, { width: clientWidth, height: clientHeight }, editable ? 72 : 20));
      performance.mark("baton.viewportPlaced");
    } else if (!((synced || (link === "offline" && localLoaded)) && isEmptyDoc(session.doc))) {
      return;
    }
    // Once per map: the first view depends on the pane's size, known only after the DOM exists.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPlaced(true);
  }, [placed, hasContent, synced, localLoaded, link, session.doc, flow, layout, editable]);

  useEffect(() => {
    if (placed && base.nodes.some((n) => n.type === "card")) performance.mark("baton.cardsCommitted");
  }, [placed, base]);

  // The minimap helps only when part of the map is out of view; otherwise it would just cover cards.
  const allInView = useStore(
    useCallback(
      (s: ReactFlowState) => {
        const [x, y, zoom] = s.transform;
        return x >= 0 && y >= 0 && x + layout.width * zoom <= s.width && y + layout.height * zoom <= s.height;
      },
      [layout],
    ),
  );

  useCanvasKeys({ editable, selectedLinks, onSelectLinks, addCardIn, requestDelete, editing, layoutRef });

  return (
    <EditorActionsContext.Provider value={actions}>
      <div className="canvas" ref={pane} aria-label={t("editor.canvas")} role="region">
        <MapSessionContext.Provider value={hold?.session ?? session}>
        <CardBadgeIndexes>
        <ReactFlow<MapNode, LinkEdge>
          nodes={placed ? nodes : NO_NODES}
          edges={placed ? edges : NO_EDGES}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onPaneClick={onPaneClick}
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          selectionMode={SelectionMode.Partial}
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          selectionKeyCode="Shift"
          minZoom={0.08}
          maxZoom={2}
          onlyRenderVisibleElements
          proOptions={PRO_OPTIONS}
          nodeDragThreshold={4}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="var(--canvas-dots)" />
          <Controls showInteractive={false} position="bottom-left" />
          {journey.cards.length <= MINIMAP_MAX_CARDS && !allInView && <MiniMap pannable zoomable position="bottom-right" style={MINIMAP_STYLE} nodeColor={miniMapColor} nodeStrokeWidth={0} maskColor="rgba(240, 243, 248, 0.7)" ariaLabel={t("editor.canvas")} />}
          {editable && <CanvasToolbar onAddCard={addCardIn} layout={layout} selectedLinks={selectedLinks} onSelectLinks={onSelectLinks} />}
          {placed && !hasContent && <EmptyMapHint editable={editable} onAdd={addHeader} />}
          <CanvasLayerSlot />
        </ReactFlow>
        </CardBadgeIndexes>
        </MapSessionContext.Provider>
        {deleteDialog}
      </div>
    </EditorActionsContext.Provider>
  );
}

/** The document holds no stage and no lane (the journey may simply not be derived yet otherwise). */
function isEmptyDoc(doc: Y.Doc): boolean {
  return (rootMap(doc, "stages")?.size ?? 0) === 0 && (rootMap(doc, "lanes")?.size ?? 0) === 0;
}

function miniMapColor(node: Node): string {
  switch (node.type) {
    case "card":
      return "#9aa8c0";
    case "stage":
    case "lane":
      return "#d7dde8";
    default:
      return "transparent";
  }
}
