import { useState } from "react";
import { formatTime } from "../i18n/formatDate";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { versionJourney, type VersionInfo } from "./historyApi";
import { withLiveDirectory } from "./withLiveDirectory";
import { useHistory } from "./HistoryContext";
import { authorText, summaryText } from "./historyText";
import { NameVersionForm } from "./NameVersionForm";
import { useHistoryData } from "./useHistoryData";
import { ActivityList } from "./ActivityList";
import { VersionDetail } from "./VersionDetail";

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
  const { lang } = useLanguage();
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
        {versions === null ? (
          <p className="dso-hint">{t("history.loading")}</p>
        ) : versions.length === 0 ? (
          <p className="dso-hint">{t("history.noVersions")}</p>
        ) : (
          <ol className="dso-list history-versions">
            {versions.map((v) => {
              const time = formatTime(v.at, lang);
              const current = preview?.version.id === v.id;
              return (
                <li key={v.id} className={`history-version${current ? " is-current" : ""}`}>
                  <button type="button" className="history-show" aria-pressed={current} aria-label={t("history.show", { time: v.label ? `${time} (${v.label})` : time })} onClick={() => void show(v)}>
                    <span className="history-when">{v.label ?? time}</span>
                    <span className={`history-kind history-kind-${v.kind}`}>{t(`history.kind.${v.kind}` as MessageKey)}</span>
                  </button>
                  <span className="dso-muted">
                    {v.label ? `${time} · ` : ""}
                    {v.by ? t("history.by", { who: authorText(t, v.by) }) : ""}
                  </span>
                  <span className="dso-muted history-summary">{summaryText(t, v.summary)}</span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="dso-section">
        <h3>{t("history.activity")}</h3>
        <ActivityList activity={activity} />
      </section>
    </div>
  );
}
