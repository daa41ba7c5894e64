import { useEffect, useState } from "react";
import { getMapInfo } from "../api/api";
import { workspaceHref } from "../app/route";
import { deviceWorkspaces } from "../device/deviceWorkspaces";
import { useT } from "../i18n/useT";
import { AppLink } from "../ui/AppLink";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * The map's workspace before its title, linking back to the workspace home when this device
 * holds a key for it (or opened the map with the workspace's own key); otherwise its name only.
 */
export function WorkspaceCrumb({ mapId, mapKey }: { mapId: string; mapKey: string }) {
  const t = useT();
  const [ws, setWs] = useState<{ id: string; title: string } | null>(null);
  useEffect(() => {
    let on = true;
    getMapInfo(mapId, mapKey).then(
      (info) => on && setWs(info.workspace ?? null),
      () => undefined,
    );
    return () => {
      on = false;
    };
  }, [mapId, mapKey]);
  if (!ws) return null;
  const key = deviceWorkspaces.find(ws.id)?.key;
  const label = t("workspace.crumb", { title: ws.title });
  if (!key) return <span className="ws-crumb" title={label}>{ws.title}</span>;
  return (
    <AppLink className="ws-crumb" href={workspaceHref(ws.id, key)} aria-label={label} title={label}>
      <ToolIcon name="left" size={14} />
      {ws.title}
    </AppLink>
  );
}
