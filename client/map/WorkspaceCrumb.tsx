import { useEffect, useState } from "react";
import { workspaceHref } from "../app/route";
import { deviceWorkspaces } from "../device/deviceWorkspaces";
import { useT } from "../i18n/useT";
import { AppLink } from "../ui/AppLink";
import { mapInfo } from "./mapFirstAnswers";
import { ToolIcon } from "../ui/ToolIcon";
import { getWorkspace } from "../workspace/workspaceApi";

interface Crumb {
  readonly id: string;
  readonly title: string;
  /** A key that opens the workspace, or null (a map key reads only the map). */
  readonly key: string | null;
}

/**
 * The map's workspace before its title (WP8), linking back to the workspace home with a key this
 * device holds for it, or with the key the map was opened with when that is the workspace's own
 * key (a workspace key opens every map of it); otherwise its name only.
 */
export function WorkspaceCrumb({ mapId, mapKey }: { mapId: string; mapKey: string }) {
  const t = useT();
  const [crumb, setCrumb] = useState<Crumb | null>(null);
  useEffect(() => {
    let on = true;
    void (async () => {
      const ws = (await mapInfo(mapId, mapKey).catch(() => null))?.workspace;
      if (!ws || !on) return;
      const known = deviceWorkspaces.find(ws.id)?.key ?? null;
      setCrumb({ ...ws, key: known });
      if (known) return;
      const info = await getWorkspace(ws.id, mapKey).catch(() => null);
      if (!info || !on) return;
      deviceWorkspaces.remember({ id: ws.id, key: mapKey, title: info.title, role: info.role });
      setCrumb({ ...ws, key: mapKey });
    })();
    return () => {
      on = false;
    };
  }, [mapId, mapKey]);
  if (!crumb) return null;
  const label = t("workspace.crumb", { title: crumb.title });
  if (!crumb.key) return <span className="ws-crumb" title={label}>{crumb.title}</span>;
  return (
    <AppLink className="ws-crumb" href={workspaceHref(crumb.id, crumb.key)} aria-label={label} title={label}>
      <ToolIcon name="left" size={14} />
      {crumb.title}
    </AppLink>
  );
}
