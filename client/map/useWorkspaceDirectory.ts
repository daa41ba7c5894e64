import { useEffect, useState } from "react";
import type { Directory } from "../../shared/doc/docToJourney";
import { directoryFor } from "../../shared/workspace/compose";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import { getMapInfo } from "../api/api";
import { MapConnection } from "../live/MapConnection";

/**
 * The directory a map inside a workspace reads (CONTRACT.md, WS4): its workspace's teams, people
 * and the objectives that touch the map, live from the workspace document over
 * `/sync/w/<workspace>?k=<map key>&m=<map id>` (a map key reads it, never writes it).
 * `undefined` for a map outside any workspace (it keeps its own lists).
 */
export function useWorkspaceDirectory(mapId: string, mapKey: string): Directory | undefined {
  const [directory, setDirectory] = useState<Directory | undefined>(undefined);
  useEffect(() => {
    let connection: MapConnection | null = null;
    let frame = 0;
    let on = true;
    const read = () => {
      if (frame !== 0 || !connection) return;
      const c = connection;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (on) setDirectory(directoryFor(docToWorkspace(c.doc).workspace, mapId));
      });
    };
    getMapInfo(mapId, mapKey).then(
      (info) => {
        if (!on || !info.workspace) return;
        connection = new MapConnection(`w/${info.workspace.id}`, mapKey, { m: mapId });
        connection.doc.on("update", read);
        read();
      },
      () => undefined,
    );
    return () => {
      on = false;
      cancelAnimationFrame(frame);
      connection?.destroy();
    };
  }, [mapId, mapKey]);
  return directory;
}
