import { useEffect, useRef, useState } from "react";
import { deleteMap, replaceKeys } from "../api/api";
import { mapHref } from "../app/route";
import { navigate } from "../app/useRoute";
import { findDeviceMap, forgetMap, rememberMap } from "../device/deviceMaps";
import { useT } from "../i18n/useT";
import { dropLedger } from "../live/saveLedger";
import { RoleBadge } from "../ui/RoleBadge";
import { ExportJsonButton } from "./ExportJsonButton";
import { useMap } from "./useMap";
import { useDerivedKeys } from "./useDerivedKeys";
import { useParticipantKey } from "./useParticipantKey";

function linkFor(mapId: string, key: string): string {
  return `${location.origin}${mapHref(mapId, key)}`;
}

function CopyRow({ label, buttonLabel, value }: { label: string; buttonLabel: string; value: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <div className="inline-form">
        <input type="text" readOnly value={value} aria-label={label} onFocus={(e) => e.target.select()} className="grow mono" />
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t("common.copied") : buttonLabel}
        </button>
      </div>
    </div>
  );
}

/**
 * The share dialog: the edit and view links where this page can know them (an owner computes them
 * from the owner key, S30; else this device created the map or replaced its keys), else this
 * person's own link; the participant link for every owner and editor (asked from the server, P1);
 * the owner can replace every key and delete the map.
 */
export function ShareDialog({ mapKey, onClose }: { mapKey: string; onClose(): void }) {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, mapId: s.mapId, role: s.role, journey: { title: s.journey.title } }));
  const clearLocal = useMap((s) => s.clearLocal);
  const ref = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const derived = useDerivedKeys(session.mapId, mapKey, session.role === "owner");
  const remembered = findDeviceMap(session.mapId, mapKey);
  const known = derived ?? remembered;
  const participantKey = useParticipantKey(session.mapId, mapKey, session.canEdit);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const fail = (err: unknown) => setMessage(t("map.share.failed", { message: err instanceof Error ? err.message : String(err) }));
  const onReplace = async () => {
    if (!confirm(t("map.share.replaceKeys.confirm"))) return;
    setBusy(true);
    try {
      const keys = await replaceKeys(session.mapId, mapKey);
      forgetMap(session.mapId);
      rememberMap({ id: session.mapId, title: session.journey.title, role: "owner", key: keys.ownerKey, editKey: keys.editKey, viewKey: keys.viewKey });
      navigate(mapHref(session.mapId, keys.ownerKey));
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  };
  const onDelete = async () => {
    if (!confirm(t("map.share.deleteMap.confirm", { title: session.journey.title }))) return;
    setBusy(true);
    try {
      await deleteMap(session.mapId, mapKey);
      await clearLocal();
      dropLedger(session.mapId);
      forgetMap(session.mapId);
      navigate("/");
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="share-title" onClose={onClose}>
      <header className="dialog-head">
        <h2 id="share-title">{t("map.share.title")}</h2>
        <button type="button" className="icon-button" aria-label={t("common.close")} onClick={() => ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="stack">
        {known?.editKey && <CopyRow label={t("map.share.editLink")} buttonLabel={t("map.share.copyEdit")} value={linkFor(session.mapId, known.editKey)} />}
        {participantKey && (
          <CopyRow label={t("map.share.participantLink")} buttonLabel={t("map.share.copyParticipant")} value={linkFor(session.mapId, participantKey)} />
        )}
        {known?.viewKey && <CopyRow label={t("map.share.viewLink")} buttonLabel={t("map.share.copyView")} value={linkFor(session.mapId, known.viewKey)} />}
        {!known?.editKey && derived !== undefined && (
          <>
            <p className="muted small">{session.role === "owner" ? t("map.share.ownerElsewhere") : t("map.share.onlyFromOwner")}</p>
            <CopyRow label={t("map.share.thisLink")} buttonLabel={t("map.share.copyThis")} value={linkFor(session.mapId, mapKey)} />
            <p>
              <RoleBadge role={session.role} />
            </p>
          </>
        )}
        <section className="share-file" aria-labelledby="share-file">
          <h3 id="share-file">{t("map.share.file")}</h3>
          <p className="muted small">{t("map.share.file.hint")}</p>
          <div>
            <ExportJsonButton />
          </div>
        </section>
        {session.role === "owner" && (
          <section className="danger-zone" aria-labelledby="owner-actions">
            <h3 id="owner-actions">{t("map.share.owner")}</h3>
            <div className="inline-form">
              <button type="button" className="btn btn-small" disabled={busy} onClick={() => void onReplace()}>
                {t("map.share.replaceKeys")}
              </button>
              <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => void onDelete()}>
                {t("map.share.deleteMap")}
              </button>
            </div>
          </section>
        )}
        {message && (
          <p role="alert" className="error-text">
            {message}
          </p>
        )}
      </div>
    </dialog>
  );
}
