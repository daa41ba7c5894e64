/**
 * What every workspace view reads: the workspace's id, key and role, its live document (title,
 * directory, OKRs, decisions) and the change signal that tells views to refetch the server's
 * cross-journey projections (MESSAGE_WORKSPACE_CHANGED, debounced).
 */
import { createContext, useCallback, useContext, useLayoutEffect, useRef } from "react";
import type { MapConnection } from "../live/MapConnection";
import type { Role } from "../map/MapSession";
import type { WorkspaceDocView } from "./readWorkspaceDoc";
import type { ChangeSignal } from "./changeSignal";
import type { PointsWindow } from "../kpi/pointsWindow";

export interface WorkspaceSession {
  readonly id: string;
  readonly key: string;
  readonly role: Role;
  readonly canEdit: boolean;
  /** The live workspace document as the views show it; its series carry their latest points (WK7). */
  readonly doc: WorkspaceDocView;
  /** True once `doc` holds the workspace: the server's answer of it (WA18) or the live document synced. */
  readonly docReady: boolean;
  /** The points window the series' points come from (each series' latest 13 on or before today); `null` until it arrived. */
  readonly points: PointsWindow | null;
  readonly connection: MapConnection;
  /** Fires (debounced) when any journey of the workspace or its document changed. */
  readonly changes: ChangeSignal;
  /** Today's date on this device (YYYY-MM-DD, `?today=` pins it), the `on` of the projections. */
  readonly today: string;
  /** The page's clock (`?now=` pins it), for the times of reviews. */
  readonly now: () => number;
  /** Holds the socket back while a view draws its first answers (WP13): call the release once drawn (`useSocketHold`). */
  readonly holdSocket: () => () => void;
}

export const WorkspaceSessionContext = createContext<WorkspaceSession | null>(null);

/** The open workspace; only inside `WorkspacePage`. */
export function useWorkspaceSession(): WorkspaceSession {
  const s = useContext(WorkspaceSessionContext);
  if (!s) throw new Error("useWorkspaceSession outside a workspace page");
  return s;
}

/**
 * Holds the workspace socket back from this component's mount until the returned release is
 * called (once its first answers are drawn) or it unmounts (WP13).
 */
export function useSocketHold(): () => void {
  const { holdSocket } = useWorkspaceSession();
  const release = useRef<() => void>(() => undefined);
  // A layout effect: it runs before the page's effects of the same commit, which may open the gate.
  useLayoutEffect(() => {
    const hold = holdSocket();
    release.current = hold;
    return hold;
  }, [holdSocket]);
  return useCallback(() => release.current(), []);
}
