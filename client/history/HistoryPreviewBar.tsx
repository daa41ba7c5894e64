import { formatTime } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useHistory } from "./HistoryContext";

/** Over the canvas while a version is shown: says it is read-only, and the way back to now. */
export function HistoryPreviewBar() {
  const t = useT();
  const { lang } = useLanguage();
  const { preview, setPreview } = useHistory();
  if (!preview) return null;
  return (
    <div className="history-banner" role="status">
      <span>{t("history.preview.banner", { time: formatTime(preview.version.at, lang) })}</span>
      <button type="button" onClick={() => setPreview(null)}>
        {t("history.preview.back")}
      </button>
    </div>
  );
}
