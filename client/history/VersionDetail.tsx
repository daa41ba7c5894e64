import { useEffect, useRef, useState } from "react";
import { summarizeChange } from "../../shared/history/summarizeChange";
import { useLanguage } from "../i18n/useLanguage";
import { formatTime } from "../i18n/formatDate";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { copyVersion, restoreCards, restoreVersion } from "./historyApi";
import { useHistory, type HistoryPreview } from "./HistoryContext";

/**
 * The shown version: what differs from now (cards deleted, changed and added since), "Restore
 * this card" for each deleted card, "Restore this version" (asks first) and "Copy as new map".
 */
export function VersionDetail({ preview, who, onChanged }: { preview: HistoryPreview; who: string | undefined; onChanged(note: string): void }) {
  const t = useT();
  const { lang } = useLanguage();
  const session = useMap((s) => ({ canEdit: s.canEdit, mapId: s.mapId }));
  const journey = useMap((s) => s.journey, Object.is);
  const { mapKey, setPreview } = useHistory();
  const [confirming, setConfirming] = useState(false);
  const [copy, setCopy] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const diff = summarizeChange(preview.journey, journey);
  const box = useRef<HTMLElement>(null);
  // A newly chosen version's details come into sight (the list may be scrolled far below).
  useEffect(() => {
    box.current?.scrollIntoView({ block: "nearest" });
  }, [preview.version.id]);
  const time = formatTime(preview.version.at, lang);
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      onChanged(await work());
    } catch (e) {
      onChanged(t("history.failed", { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const restoreAll = () =>
    run(async () => {
      await restoreVersion(session.mapId, mapKey, preview.version.id, who);
      setPreview(null);
      return t("history.restored");
    });
  const restoreOne = (id: string, title: string) =>
    run(async () => {
      await restoreCards(session.mapId, mapKey, preview.version.id, [id], who);
      return t("history.cardRestored", { title });
    });
  const copyAsNew = () =>
    run(async () => {
      const created = await copyVersion(session.mapId, mapKey, preview.version.id);
      setCopy(`/m/${created.id}#k=${created.editKey}`);
      return t("history.copied");
    });
  const same = diff.cards.added.length + diff.cards.changed.length + diff.cards.removed.length === 0 && diff.stages.removed.length === 0 && diff.other.length === 0;
  return (
    <section ref={box} className="dso-section history-detail" aria-label={t("history.diff.title")}>
      <h3>{preview.version.label ?? time}</h3>
      <p className="dso-muted">{time}</p>
      <div className="dso-add">
        {session.canEdit &&
          (confirming ? (
            <span className="history-confirm" role="group" aria-label={t("history.restore")}>
              <span>{t("history.restore.confirm", { time })}</span>
              <button type="button" className="history-primary" disabled={busy} onClick={() => void restoreAll()}>
                {t("history.restore")}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t("common.cancel")}
              </button>
            </span>
          ) : (
            <button type="button" className="history-primary" onClick={() => setConfirming(true)}>
              {t("history.restore")}
            </button>
          ))}
        <button type="button" disabled={busy} onClick={() => void copyAsNew()}>
          {t("history.copy")}
        </button>
        <button type="button" onClick={() => setPreview(null)}>
          {t("history.preview.back")}
        </button>
        {copy && (
          <a href={copy} target="_blank" rel="noreferrer">
            {t("history.openCopy")}
          </a>
        )}
      </div>
      <h4>{t("history.diff.title")}</h4>
      {same && <p className="dso-hint">{t("history.diff.none")}</p>}
      {diff.cards.removed.length > 0 && (
        <>
          <p className="history-diff-head history-removed">{t("history.diff.removed")}</p>
          <ul className="dso-list">
            {diff.cards.removed.map((c) => (
              <li key={c.id} className="dso-row">
                <span className="dso-grow">{c.title}</span>
                {session.canEdit && (
                  <button type="button" disabled={busy} aria-label={t("history.restoreCardNamed", { title: c.title })} onClick={() => void restoreOne(c.id, c.title)}>
                    {t("history.restoreCard")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.cards.changed.length > 0 && (
        <>
          <p className="history-diff-head history-changed">{t("history.diff.changed")}</p>
          <ul className="dso-list">{diff.cards.changed.map((c) => <li key={c.id}>{c.title}</li>)}</ul>
        </>
      )}
      {diff.cards.added.length > 0 && (
        <>
          <p className="history-diff-head">{t("history.diff.added")}</p>
          <ul className="dso-list">{diff.cards.added.map((c) => <li key={c.id}>{c.title}</li>)}</ul>
        </>
      )}
    </section>
  );
}
