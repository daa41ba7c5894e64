import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from "react";
import {
  Background, BackgroundVariant, ReactFlow, SelectionMode, useReactFlow, useStore, type ReactFlowState,
  type Connection, type EdgeChange, type NodeChange, type Node, type OnConnectEnd, type OnNodeDrag,
} from "@xyflow/react";
import type * as Y from "yjs";
import { rootMap } from "../../shared/doc/layout";
import type { Command } from "../../shared/commands/command";
import { initialViewport } from "./initialViewport";
import { FirstPaintLayer } from "./FirstPaintLayer";
import { FIRST_VIEW_TOP, firstPaintView } from "./StaticMapCanvas";
import { askedMapAnswers } from "../map/mapFirstAnswers";
import type { GridStop } from "../actions/gridNavigation";
import { useRunAction } from "../actions/useRunAction";
import { useMapStores } from "../map/MapStoreContext";
import { useMap } from "../map/useMap";
import type { MapState } from "../map/mapStore";
import { useConnectionState } from "../map/useConnectionState";
import { useT } from "../i18n/useT";
import { CanvasToolbar } from "./CanvasToolbar";
import { EmptyMapHint } from "./EmptyMapHint";
import { flowChangesToCommands } from "./flowChangesToCommands";
import type { LinkEdge, MapNode } from "./flowTypes";
import { freshId } from "./freshId";
import { CARD_H, CARD_W, type GridLayout } from "./gridLayout";
import { createLayoutDeriver } from "./keepLayout";
import { AddNodeView } from "./nodes/AddNodeView";
import { CardNodeView } from "./nodes/CardNodeView";
import { EmotionNodeView } from "./nodes/EmotionNodeView";
import { GridNodeView } from "./nodes/GridNodeView";
import { LaneNodeView } from "./nodes/LaneNodeView";
import { LinkEdgeView } from "./nodes/LinkEdgeView";
import { StageNodeView } from "./nodes/StageNodeView";
import { CanvasLayerSlot, CardBadgeIndexes } from "./slots";
import { FlowElements } from "./FlowElements";
import { useCanvasKeyboard } from "./useCanvasKeyboard";
import { useFlowAriaLabels } from "./useFlowAriaLabels";
import { useCardDrag } from "./useCardDrag";
import { DeleteConfirmation } from "./DeleteConfirmation";
import { CanvasNavigation } from "./CanvasNavigation";

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
// Props of <ReactFlow> are constants or stable callbacks: a new array on each render would render
// React Flow's whole memoized view (pane, viewport, markers) on every edit of the map (KB9).
const MULTI_SELECTION_KEYS = ["Shift", "Meta", "Control"];

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
 * grid layout); what a person does becomes commands (flowChangesToCommands) or actions of the
 * table. Local state holds only what is not the document's: where a dragged node is right now.
 */
export function MapCanvas({ id }: { id: string }) {
  const { map } = useMapStores();
  const t = useT();
  const flow = useReactFlow();
  // The canvas reads what it places and sizes by, not the journey: the layout keeps its object
  // while nothing moved (KB22), so an edit of a card's title renders only FlowElements and that
  // card's node, never <ReactFlow> (KB9).
  const [layoutOf] = useState(createLayoutDeriver);
  const liveLayout = useMap(useCallback((s: MapState) => layoutOf(s.journey), [layoutOf]), Object.is);
  const hasContent = useMap((s) => s.journey.stages.length > 0 || s.journey.lanes.length > 0);
  const cardCount = useMap((s) => s.journey.cards.length);
  const editable = useMap((s) => s.canEdit && !s.presenting);
  const undoManager = useMap((s) => s.undoManager, Object.is);
  // While something is dragged the grid holds still: what is under the pointer stays there,
  // although the drag already writes (throttled) and others see the card travel.
  const [heldLayout, setHeldLayout] = useState<GridLayout | null>(null);
  const layout = heldLayout ?? liveLayout;
  // Handlers read the journey when they run: the store always holds the one on screen.
  const journeyRef = useMemo(() => ({ get current() { return map.getState().journey; } }), [map]);
  const layoutRef = useLatest(layout);
  const dispatch = useCallback((commands: readonly Command[]) => void map.getState().dispatch(commands), [map]);
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const drag = useCardDrag({ journeyRef, layoutRef, dispatch, undoManager });
  const run = useRunAction();

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      let nextSel: Set<string> | null = null;
      let nextPos: Map<string, { x: number; y: number }> | null = null;
      for (const c of changes) {
        if (c.type === "select") {
          nextSel ??= new Set(map.getState().selection);
          if (c.selected) nextSel.add(c.id);
          else nextSel.delete(c.id);
        } else if (c.type === "position" && c.dragging && c.position) {
          nextPos ??= new Map(dragPositions);
          nextPos.set(c.id, c.position);
        }
      }
      if (nextSel) map.getState().select([...nextSel]);
      if (nextPos) setDragPositions(nextPos);
    },
    [map, dragPositions],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdge>[]) => {
      let next: Set<string> | null = null;
      for (const c of changes) {
        if (c.type !== "select") continue;
        next ??= new Set(map.getState().selectedLinks);
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      if (next) map.getState().selectLinks([...next]);
    },
    [map],
  );

  const pointerOf = useCallback((e: MouseEvent | TouchEvent) => {
    const p = "touches" in e ? (e.touches[0] ?? e.changedTouches[0]) : e;
    return flow.screenToFlowPosition({ x: p?.clientX ?? 0, y: p?.clientY ?? 0 });
  }, [flow]);
  const cardIds = (dragged: Node[]) => dragged.filter((n) => n.type === "card").map((n) => n.id);
  const onNodeDragStart: OnNodeDrag<MapNode> = useCallback((_e, node) => {
    setHeldLayout(layoutRef.current);
    if (node.type === "card") drag.start();
  }, [drag, layoutRef]);
  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((e, node, dragged) => {
    if (node.type === "card") drag.move(cardIds(dragged), pointerOf(e));
  }, [drag, pointerOf]);
  const onNodeDragStop: OnNodeDrag<MapNode> = useCallback(
    (e, node, dragged) => {
      if (node.type === "card") drag.stop(cardIds(dragged), pointerOf(e));
      else dispatch(flowChangesToCommands({ kind: "dropHeader", nodeId: node.id, position: node.position }, { journey: journeyRef.current, layout: layoutRef.current }));
      setDragPositions(new Map());
      setHeldLayout(null);
    },
    [drag, pointerOf, dispatch, journeyRef, layoutRef],
  );
  const onConnect = useCallback(
    (c: Connection) => dispatch(flowChangesToCommands({ kind: "connect", source: c.source, target: c.target, linkId: freshId() }, { journey: journeyRef.current, layout: layoutRef.current })),
    [dispatch, journeyRef, layoutRef],
  );
  // A link dropped anywhere on a card links to it, not only on its dot (PL1): React Flow links
  // when the pointer is over a handle (onConnect); otherwise the card under the pointer decides.
  const onConnectEnd: OnConnectEnd = useCallback(
    (e, state) => {
      if (state.isValid || !state.fromNode) return;
      const p = "changedTouches" in e ? e.changedTouches[0] : e;
      const under = p ? cardUnder(p.clientX, p.clientY) : null;
      if (!under || under === state.fromNode.id) return;
      const fromTarget = state.fromHandle?.type === "target";
      onConnect({ source: fromTarget ? under : state.fromNode.id, target: fromTarget ? state.fromNode.id : under, sourceHandle: null, targetHandle: null });
    },
    [onConnect],
  );
  const connecting = useStore(selectConnecting);
  const pane = useRef<HTMLDivElement>(null);
  const flowBox = useRef<HTMLDivElement>(null);
  // Clicks on the pane do not move focus (React Flow's zoom handler prevents it): the canvas
  // takes focus itself, so the map's keys act after a click on it (rule KB1).
  const focusCanvas = useCallback(() => {
    if (!pane.current?.contains(document.activeElement)) pane.current?.focus({ preventScroll: true });
  }, []);
  const onPaneClick = useCallback(() => {
    map.getState().select([]);
    map.getState().selectLinks([]);
    focusCanvas();
  }, [map, focusCanvas]);
  const onNodeClick = useCallback((e: ReactMouseEvent) => {
    const node = (e.target as Element).closest<HTMLElement>(".react-flow__node");
    if (node && !node.contains(document.activeElement)) node.focus({ preventScroll: true });
  }, []);

  // The first view, once the map's content is here (from this device's copy or the server).
  // A map that really is empty (the server or, offline, this device's copy says so) keeps
  // React Flow's default view.
  const [placed, setPlaced] = useState(false);
  const { synced, localLoaded, link } = useConnectionState();
  const doc = map.getState().doc;
  useEffect(() => {
    if (placed || !flowBox.current) return;
    if (hasContent) {
      const { clientWidth, clientHeight } = flowBox.current;
      // The toolbars are docked above the map (PL3): the headers start just below its top edge.
      // Where the map's first paint showed it, if it did (KB24): the cards do not move when the editor takes over.
      const painted = askedMapAnswers(map.getState().mapId)?.settled?.journey;
      void flow.setViewport((painted && firstPaintView(painted)) ?? initialViewport(layout, { width: clientWidth, height: clientHeight }, FIRST_VIEW_TOP));
      performance.mark("baton.viewportPlaced");
    } else if (!((synced || (link === "offline" && localLoaded)) && isEmptyDoc(doc))) {
      return;
    }
    // Once per map: the first view depends on the pane's size, known only after the DOM exists.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPlaced(true);
  }, [placed, hasContent, synced, localLoaded, link, doc, flow, layout, editable, map]);

  // The store pans to a card through this canvas while it is mounted (a backlog row click).
  const reveal = useCallback(
    (stop: GridStop) => {
      const l = layoutRef.current;
      const at = "cardId" in stop ? l.cards.get(stop.cardId) : cellOrigin(l, stop.stageId, stop.laneId);
      if (at) void flow.setCenter(at.x + CARD_W / 2, at.y + CARD_H / 2, { zoom: Math.max(flow.getZoom(), 0.6) });
    },
    [flow, layoutRef],
  );
  useEffect(() => {
    map.getState().setViewport({
      focusCard: (cardId) => void flow.fitView({ nodes: [{ id: cardId }], maxZoom: 1.1, minZoom: 0.5, duration: 300, padding: 0.6 }),
    });
    return () => map.getState().setViewport(null);
  }, [map, flow]);

  // When what held focus inside the canvas disappears (a deleted card, the selection bar after
  // its last action), focus stays on the canvas instead of falling to the page: the map's keys
  // keep working (Delete, then Ctrl+Z).
  useEffect(() => {
    const el = pane.current;
    if (!el) return;
    const onFocusOut = (e: FocusEvent) => {
      const lost = e.target as Element;
      requestAnimationFrame(() => {
        if (!lost.isConnected && (document.activeElement === null || document.activeElement === document.body)) el.focus({ preventScroll: true });
      });
    };
    // A card reached from the keyboard (Tab, the arrows, a script) is the selected card, so the
    // keys act on the card that has focus (KB3). A pointer's focus is left to React Flow's own
    // selection (Shift+click adds to it).
    let pointerAt = -Infinity;
    const onPointerDown = () => {
      pointerAt = performance.now();
    };
    const onFocusIn = (e: FocusEvent) => {
      const node = (e.target as Element).closest?.(".react-flow__node-card");
      const id = node?.getAttribute("data-id");
      if (!node || !id || node !== e.target || performance.now() - pointerAt < 1000) return;
      const s = map.getState();
      if (!(s.selection.length === 1 && s.selection[0] === id)) s.select([id]);
    };
    el.addEventListener("pointerdown", onPointerDown, true);
    el.addEventListener("focusout", onFocusOut);
    el.addEventListener("focusin", onFocusIn);
    return () => {
      el.removeEventListener("focusout", onFocusOut);
      el.removeEventListener("focusin", onFocusIn);
      el.removeEventListener("pointerdown", onPointerDown, true);
    };
  }, [map]);

  const onKeyDownCapture = useCanvasKeyboard(pane, reveal);
  const ariaLabels = useFlowAriaLabels();

  return (
    <div id={id} className="canvas" ref={pane} aria-label={t("editor.canvas")} aria-describedby={`${id}-help`} role="region" tabIndex={-1} onKeyDownCapture={onKeyDownCapture} data-connecting={connecting || undefined}>
      <p id={`${id}-help`} className="visually-hidden">{t("keys.help")}</p>
      {editable && <CanvasToolbar />}
      <div className="canvas-flow" ref={flowBox}>
      <CardBadgeIndexes>
        <ReactFlow<MapNode, LinkEdge>
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onNodeClick={onNodeClick}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onPaneClick={onPaneClick}
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          selectionMode={SelectionMode.Partial}
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          selectionKeyCode="Shift"
          minZoom={0.08}
          maxZoom={2}
          onlyRenderVisibleElements
          proOptions={PRO_OPTIONS}
          nodeDragThreshold={4}
          ariaLabelConfig={ariaLabels}
        >
          <FlowElements layout={layout} dragPositions={dragPositions} placed={placed} />
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="var(--canvas-dots)" />
          <CanvasNavigation layout={layout} cardCount={cardCount} />
          {placed && !hasContent && <EmptyMapHint editable={editable} onAdd={(what) => void run(what === "stage" ? "stage.add" : "lane.add", "toolbar")} />}
          <CanvasLayerSlot />
        </ReactFlow>
      </CardBadgeIndexes>
      <FirstPaintLayer placed={placed} />
      </div>
      <DeleteConfirmation />
    </div>
  );
}

const selectConnecting = (s: ReactFlowState) => s.connection.inProgress;

/** The id of the card at a point of the page, if any (its node's `data-id`). */
function cardUnder(x: number, y: number): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest<HTMLElement>(".react-flow__node-card");
    if (node) return node.dataset.id ?? null;
  }
  return null;
}

/** The top-left corner of a cell's first card slot. */
function cellOrigin(layout: GridLayout, stageId: string, laneId: string): { x: number; y: number } | undefined {
  const stage = layout.stages.find((s) => s.id === stageId);
  const lane = layout.lanes.find((l) => l.id === laneId);
  return stage && lane ? { x: stage.x, y: lane.y } : undefined;
}

/** The document holds no stage and no lane (the journey may simply not be derived yet otherwise). */
function isEmptyDoc(doc: Y.Doc): boolean {
  return (rootMap(doc, "stages")?.size ?? 0) === 0 && (rootMap(doc, "lanes")?.size ?? 0) === 0;
}
