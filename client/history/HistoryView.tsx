import { useState } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { versionJourney, type VersionInfo } from "./historyApi";
import { withLiveDirectory } from "./withLiveDirectory";
import { useHistory } from "./HistoryContext";
import { NameVersionForm } from "./NameVersionForm";
import { useHistoryData } from "./useHistoryData";
import { ActivityList } from "./ActivityList";
import { VersionDetail } from "./VersionDetail";
import { VersionList } from "./VersionList";

/** The name this person's page announces in presence, sent with History calls (H6). */
function announcedName(awareness: { getLocalState(): Record<string, unknown> | null }): string | undefined {
  const user = awareness.getLocalState()?.user as { name?: unknown } | undefined;
  return typeof user?.name === "string" && user.name.trim() !== "" ? user.name : undefined;
}

/**
 * The History panel (api.md "History"): name this version, the versions newest first (choosing
 * one shows it read-only on the canvas with what differs from now highlighted), and the
 * activity log of who changed what.
 */
export function HistoryView() {
  const t = useT();
  const session = useMap((s) => ({ awareness: s.awareness, canEdit: s.canEdit, mapId: s.mapId }));
  const journey = useMap((s) => s.journey, Object.is);
  const { mapKey, preview, setPreview } = useHistory();
  const { versions, activity, error, reload } = useHistoryData(session.mapId, mapKey);
  const [note, setNote] = useState<string | null>(null);
  const who = announcedName(session.awareness);
  const show = async (v: VersionInfo) => {
    try {
      setPreview({ version: v, journey: withLiveDirectory(await versionJourney(session.mapId, mapKey, v.id), journey) });
    } catch (e) {
      setNote(t("history.failed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const changed = (text: string) => {
    setNote(text);
    reload();
  };
  return (
    <div className="dso-view history-view">
      <section className="dso-section">
        <h2>{t("history.title")}</h2>
        <p className="dso-explain">{t("history.explain")}</p>
        {session.canEdit && <NameVersionForm mapId={session.mapId} mapKey={mapKey} who={who} onSaved={reload} />}
        {note && (
          <p role="status" className="history-note">
            {note}
          </p>
        )}
        {error && <p className="dso-error">{t("history.failed", { reason: error })}</p>}
      </section>
      {preview && <VersionDetail preview={preview} who={who} onChanged={changed} />}
      <section className="dso-section">
        <h3>{t("history.versions")}</h3>
        <VersionList
          versions={versions}
          current={preview?.version.id}
          head={(v, time, name) => (
            <button type="button" className="history-show" aria-pressed={preview?.version.id === v.id} aria-label={t("history.show", { time: v.label ? `${time} (${v.label})` : time })} onClick={() => void show(v)}>
              {name}
            </button>
          )}
        />
      </section>
      <section className="dso-section">
        <h3>{t("history.activity")}</h3>
        <ActivityList activity={activity} />
      </section>
    </div>
  );
}
