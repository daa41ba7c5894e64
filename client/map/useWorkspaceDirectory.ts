import { useEffect, useState } from "react";
import type { Directory } from "../../shared/doc/docToJourney";
import { directoryFor } from "../../shared/workspace/compose";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import { call, getMapInfo } from "../api/api";
import { MapConnection } from "../live/MapConnection";
import type { MetricSeries, Workspace } from "../../shared/workspace/schema";
import { sameValue } from "../store/sameValue";
import type { WorkspaceTarget } from "./workspaceDispatch";

/** A map's workspace as its page sees it: the directory it reads and where directory edits go. */
export interface WorkspaceLink {
  readonly directory: Directory;
  readonly target: WorkspaceTarget;
  /** The workspace's metric series with their points (K7); the same array while they do not change. */
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
 * `undefined` for a map outside any workspace (it keeps its own lists).
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
    const read = () => {
      if (frame !== 0 || !connection) return;
      const c = connection;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!on) return;
        const workspace = docToWorkspace(c.doc).workspace;
        // The library keeps its identity while unchanged, so cards' KPI chips render only when a series does.
        if (!sameValue(library, workspace.metrics)) library = workspace.metrics;
        const krSeries = keyResultSeriesOf(workspace);
        if (!sameValue([...keyResultSeries], [...krSeries])) keyResultSeries = krSeries;
        setLink({ directory: directoryFor(workspace, mapId, only), target: { doc: c.doc, mapId, writable }, library, keyResultSeries });
      });
    };
    getMapInfo(mapId, mapKey).then(
      (info) => {
        if (!on || !info.workspace) return;
        const workspaceId = info.workspace.id;
        connection = new MapConnection(`w/${workspaceId}`, mapKey, { m: mapId });
        connection.doc.on("update", read);
        read();
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
