import { useState } from "react";
import { formatTime } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import { restoreVersion, type VersionInfo } from "./historyApi";
import { NameVersionForm } from "./NameVersionForm";
import { useHistoryData } from "./useHistoryData";
import { ActivityList } from "./ActivityList";
import { VersionList } from "./VersionList";
import "./history.css";
import { ViewHead } from "../workspace/ViewHead";

/**
 * The workspace's History view (H10, H13): its versions newest first, each with who and what
 * changed (directory, OKRs, metrics, decisions), "Name this version", and restoring a version
 * as one forward change after asking; the activity log below. Each journey keeps its own
 * history on its map page.
 */
export function WorkspaceHistory() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const { versions, activity, error, reload } = useHistoryData(session.id, session.key, "workspaces");
  const [note, setNote] = useState<string | null>(null);
  const restore = async (v: VersionInfo) => {
    const when = v.label ?? formatTime(v.at, lang);
    if (!window.confirm(t("history.workspace.confirmRestore", { when }))) return;
    try {
      await restoreVersion(session.id, session.key, v.id, undefined, "workspaces");
      setNote(t("history.workspace.restored", { when }));
      reload();
      session.changes.notify();
    } catch (e) {
      setNote(t("history.failed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="ws-view history-view">
      <ViewHead title={t("history.title")} explain={t("history.workspace.explain")} />
      {session.canEdit && <NameVersionForm mapId={session.id} mapKey={session.key} who={undefined} onSaved={reload} scope="workspaces" />}
      {note && (
        <p role="status" className="history-note">
          {note}
        </p>
      )}
      {error && <p className="error-text">{t("history.failed", { reason: error })}</p>}
      <section className="dso-section" aria-labelledby="ws-history-versions">
        <h3 id="ws-history-versions">{t("history.versions")}</h3>
        <VersionList
          versions={versions}
          action={(v, time) =>
            session.canEdit && (
              <button type="button" className="btn btn-small" onClick={() => void restore(v)} aria-label={t("history.workspace.restore", { when: v.label ?? time })}>
                {t("history.workspace.restoreShort")}
              </button>
            )
          }
        />
      </section>
      <section className="dso-section" aria-labelledby="ws-history-activity">
        <h3 id="ws-history-activity">{t("history.activity")}</h3>
        <ActivityList activity={activity} />
      </section>
    </div>
  );
}
