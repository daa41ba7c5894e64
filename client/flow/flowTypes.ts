/** The canvas's node and edge types: what `toFlow` produces and the node components render. */
import type { Edge, Node } from "@xyflow/react";
import type { Card } from "../../shared/schema/card";
import type { Lane } from "../../shared/schema/lane";
import type { Stage } from "../../shared/schema/stage";
import type { Team } from "../../shared/schema/team";
import type { GridLayout } from "./gridLayout";
import type { RouteKind } from "./linkRoute";

/** Node ids: cards use their own id (ids never contain ":"), everything else a prefix. */
export const STAGE_PREFIX = "stage:";
export const LANE_PREFIX = "lane:";
export const GRID_NODE_ID = "grid";
export const EMOTION_NODE_ID = "emotion";
export const ADD_STAGE_NODE_ID = "add:stage";
export const ADD_LANE_NODE_ID = "add:lane";

export type CardNodeData = { readonly card: Card; readonly team: Team | undefined; readonly canEdit: boolean };
export type StageNodeData = { readonly stage: Stage; readonly index: number; readonly count: number; readonly canEdit: boolean };
export type LaneNodeData = { readonly lane: Lane; readonly index: number; readonly count: number; readonly canEdit: boolean };
export type GridNodeData = {
  readonly layout: GridLayout;
  /** Stage and lane names by id, for the cells' accessible names. */
  readonly names: { readonly stages: Readonly<Record<string, string>>; readonly lanes: Readonly<Record<string, string>> };
  readonly canEdit: boolean;
};
export type EmotionNodeData = {
  /** Centre x of each stage column, relative to the band's left edge, and its emotion or null. */
  readonly points: readonly { readonly x: number; readonly emotion: number | null }[];
  readonly labelWidth: number;
};
export type AddNodeData = { readonly what: "stage" | "lane" };

export type CardNode = Node<CardNodeData, "card">;
export type StageNode = Node<StageNodeData, "stage">;
export type LaneNode = Node<LaneNodeData, "lane">;
export type GridNode = Node<GridNodeData, "grid">;
export type EmotionNode = Node<EmotionNodeData, "emotion">;
export type AddNode = Node<AddNodeData, "add">;
export type MapNode = CardNode | StageNode | LaneNode | GridNode | EmotionNode | AddNode;

export type LinkEdge = Edge<{ readonly label?: string; readonly route?: RouteKind }, "link">;

