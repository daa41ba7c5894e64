import { useEffect, useState } from "react";
import type * as decoding from "lib0/decoding";
import { MESSAGE_WORKSPACE_CHANGED } from "../../shared/protocol";
import { getPointsWindow, sameWindow, seriesWithWindow, type PointsWindow } from "../kpi/pointsWindow";
import { pageClock } from "./clock";
import type { Directory } from "../../shared/doc/docToJourney";
import { directoryFor } from "../../shared/workspace/compose";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import { call } from "../api/api";
import { mapInfo } from "./mapFirstAnswers";
import { MapConnection } from "../live/MapConnection";
import type { MetricSeries, Workspace } from "../../shared/workspace/schema";
import { sameValue } from "../store/sameValue";
import type { WorkspaceTarget } from "./workspaceDispatch";

/** A map's workspace as its page sees it: the directory it reads and where directory edits go. */
export interface WorkspaceLink {
  readonly directory: Directory;
  readonly target: WorkspaceTarget;
  /** The workspace's metric series with their latest points (K7, WK7); the same array while they do not change. */
  readonly library: readonly MetricSeries[];
  /** `okrId/krId` -> the series a key result names (K8); the map's directory drops `metricId`. */
  readonly keyResultSeries: ReadonlyMap<string, string>;
}

/** The series every key result of the workspace names, keyed `okrId/krId`. */
function keyResultSeriesOf(workspace: Workspace): Map<string, string> {
  const out = new Map<string, string>();
  for (const okr of workspace.okrs) for (const kr of okr.keyResults) if (kr.metricId !== undefined) out.set(`${okr.id}/${kr.id}`, kr.metricId);
  return out;
}

/**
 * The directory a map inside a workspace reads (CONTRACT.md, WS4): its workspace's teams, people
 * and the objectives that touch the map (all objectives when the map is the workspace's only
 * journey), live from the workspace document over `/sync/w/<workspace>?k=<map key>&m=<map id>`.
 * When the page's key also opens the workspace at editor or owner (the map's own workspace shares
 * its keys, WS11), directory and OKR edits made on the map go to the workspace document.
 * `undefined` for a map outside any workspace (it keeps its own lists). The series' points come
 * from storage (WK7), read again on each of the workspace's change notices (the socket is
 * `live=1`, WK6), so a card's KPI and a key result follow a feed at once.
 */
export function useWorkspaceDirectory(mapId: string, mapKey: string): WorkspaceLink | undefined {
  const [link, setLink] = useState<WorkspaceLink | undefined>(undefined);
  useEffect(() => {
    let connection: MapConnection | null = null;
    let frame = 0;
    let on = true;
    let writable = false;
    let only = false;
    let library: readonly MetricSeries[] = [];
    let keyResultSeries: ReadonlyMap<string, string> = new Map();
    let points: PointsWindow | null = null;
    const today = pageClock(location.search).today;
    const read = () => {
      if (frame !== 0 || !connection) return;
      const c = connection;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!on) return;
        const workspace = docToWorkspace(c.doc).workspace;
        const series = seriesWithWindow(workspace.metrics, points);
        // The library keeps its identity while unchanged, so cards' KPI chips render only when a series does.
        if (!sameValue(library, series)) library = series;
        const krSeries = keyResultSeriesOf(workspace);
        if (!sameValue([...keyResultSeries], [...krSeries])) keyResultSeries = krSeries;
        setLink({ directory: directoryFor(workspace, mapId, only), target: { doc: c.doc, mapId, writable }, library, keyResultSeries });
      });
    };
    mapInfo(mapId, mapKey).then(
      (info) => {
        if (!on || !info.workspace) return;
        const workspaceId = info.workspace.id;
        let newest = 0;
        const loadPoints = () => {
          const n = ++newest;
          getPointsWindow(workspaceId, mapKey, { to: today, mapId }).then(
            (w) => {
              if (!on || n !== newest || sameWindow(points, w)) return;
              points = w;
              read();
            },
            () => undefined, // the next notice retries; the chips keep what they show
          );
        };
        connection = new MapConnection(`w/${workspaceId}`, mapKey, { m: mapId, live: "1" });
        connection.provider.messageHandlers[MESSAGE_WORKSPACE_CHANGED] = (_encoder, decoder: decoding.Decoder) => {
          decoder.pos = decoder.arr.length; // which maps changed does not matter: the points are re-read
          loadPoints();
        };
        connection.doc.on("update", read);
        read();
        loadPoints();
        call<{ role: string; maps: unknown[] }>(`/api/workspaces/${encodeURIComponent(workspaceId)}`, { key: mapKey }).then(
          (ws) => {
            writable = ws.role === "editor" || ws.role === "owner";
            only = ws.maps.length === 1;
            read();
          },
          () => undefined, // a map key of a shared workspace: read only
        );
      },
      () => undefined,
    );
    return () => {
      on = false;
      cancelAnimationFrame(frame);
      connection?.destroy();
    };
  }, [mapId, mapKey]);
  return link;
}
