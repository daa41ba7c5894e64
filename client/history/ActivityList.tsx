import { formatTime } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import type { ActivityInfo } from "./historyApi";
import { authorText, summaryText } from "./historyText";

/** The activity log (H4): who changed what, newest first, per quiet burst. */
export function ActivityList({ activity }: { activity: readonly ActivityInfo[] }) {
  const t = useT();
  const { lang } = useLanguage();
  if (activity.length === 0) return <p className="dso-hint">{t("history.noActivity")}</p>;
  return (
    <ol className="dso-list history-activity">
      {activity.map((a) => (
        <li key={`${a.from}-${a.at}`}>
          <strong>{a.authors.map((x) => authorText(t, x)).join(", ")}</strong> <span className="dso-muted">{formatTime(a.at, lang)}</span>
          <div className="dso-muted history-summary">{summaryText(t, a.summary)}</div>
        </li>
      ))}
    </ol>
  );
}
