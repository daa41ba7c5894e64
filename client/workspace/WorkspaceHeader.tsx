import { useSyncExternalStore } from "react";
import { WORKSPACE_VIEWS, workspaceHref, type WorkspaceView } from "../app/route";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { ConnectionStatus } from "../map/StatusIndicator";
import { AppHeader } from "../ui/AppHeader";
import { AppLink } from "../ui/AppLink";
import { RoleBadge } from "../ui/RoleBadge";
import { useWorkspaceSession } from "./WorkspaceSession";

/** The workspace's title, role and connection, then one tab per view (links, so each view has an address). */
export function WorkspaceHeader({ view }: { view: WorkspaceView }) {
  const t = useT();
  const session = useWorkspaceSession();
  const state = useSyncExternalStore(session.connection.subscribe, () => session.connection.state);
  return (
    <>
      <AppHeader>
        <div className="ws-title">
          <span className="ws-kicker">{t("workspace.kicker")}</span>
          <h1 className="ws-name">{session.doc.title}</h1>
        </div>
        <RoleBadge role={session.role} />
        <ConnectionStatus state={state} canEdit={session.canEdit} />
      </AppHeader>
      <nav className="ws-tabs" aria-label={t("workspace.views")}>
        {WORKSPACE_VIEWS.map((v) => {
          const href = workspaceHref(session.id, session.key, v);
          return (
            <AppLink key={v} href={href} className="ws-tab" aria-current={v === view ? "page" : undefined}>
              {t(`workspace.view.${v}` as MessageKey)}
            </AppLink>
          );
        })}
      </nav>
    </>
  );
}
