import { closeMessageKey, closeName } from "../live/closeMessageKey";
import { useT } from "../i18n/useT";
import { useConnectionState } from "./useConnectionState";
import { ExportJsonButton } from "./ExportJsonButton";
import { useMap } from "./useMap";
import { dropLedger } from "../live/saveLedger";

/** The sentence for the socket's last close by the server, while it matters (until the map syncs again). */
export function CloseNotice() {
  const t = useT();
  const { close, link } = useConnectionState();
  const { role, mapId, clearLocal } = useMap((s) => ({ role: s.role, mapId: s.mapId, clearLocal: s.clearLocal }));
  const discard = async (): Promise<void> => {
    // The refused change would be sent again from this device's copy on every visit (P4).
    await clearLocal();
    dropLedger(mapId);
    location.reload();
  };
  if (!close || link === "connected" || link === "offline") return null;
  const name = closeName(close.code);
  // A participant's socket closes with 4403 when it sent a change of the map itself (P4).
  const text =
    name === "forbidden" && role === "participant"
      ? t("map.close.participantForbidden")
      : name
        ? t(closeMessageKey(name))
        : t("map.close.unknown", { code: String(close.code) });
  return (
    <div role="alert" className={`notice ${link === "closed" ? "notice-error" : "notice-warn"}`}>
      {text}
      {name === "messageTooBig" && link === "closed" && <ExportJsonButton label="map.close.saveUnsent" />}
      {name === "forbidden" && role === "participant" && (
        <button type="button" className="btn btn-small" onClick={() => void discard()}>
          {t("map.close.discardAndReload")}
        </button>
      )}
    </div>
  );
}
