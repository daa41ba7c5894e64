import { closeMessageKey, closeName } from "../live/closeMessageKey";
import { useT } from "../i18n/useT";
import { useConnectionState } from "./useConnectionState";
import { ExportJsonButton } from "./ExportJsonButton";

/** The sentence for the socket's last close by the server, while it matters (until the map syncs again). */
export function CloseNotice() {
  const t = useT();
  const { close, link } = useConnectionState();
  if (!close || link === "connected" || link === "offline") return null;
  const name = closeName(close.code);
  const text = name ? t(closeMessageKey(name)) : t("map.close.unknown", { code: String(close.code) });
  return (
    <div role="alert" className={`notice ${link === "closed" ? "notice-error" : "notice-warn"}`}>
      {text}
      {name === "messageTooBig" && link === "closed" && <ExportJsonButton label="map.close.saveUnsent" />}
    </div>
  );
}
