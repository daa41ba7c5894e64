import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/catalogue";
import { formatTime } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import type { VersionInfo } from "./historyApi";
import { authorText, summaryText } from "./historyText";

interface VersionListProps {
  readonly versions: readonly VersionInfo[] | null;
  /** The version's name and kind; a map's list wraps them in a "show" button. */
  readonly head?: (v: VersionInfo, time: string, name: ReactNode) => ReactNode;
  /** What can be done with a version (a workspace's "Restore"), after its summary. */
  readonly action?: (v: VersionInfo, time: string) => ReactNode;
  /** The id of the version shown now, marked as current. */
  readonly current?: string;
}

/** The versions of a map or a workspace, newest first: name or time, kind, who, and what changed (H3). */
export function VersionList({ versions, head = (_v, _time, name) => name, action, current }: VersionListProps) {
  const t = useT();
  const { lang } = useLanguage();
  if (versions === null) return <p className="dso-hint">{t("history.loading")}</p>;
  if (versions.length === 0) return <p className="dso-hint">{t("history.noVersions")}</p>;
  return (
    <ol className="dso-list history-versions">
      {versions.map((v) => {
        const time = formatTime(v.at, lang);
        const name = (
          <>
            <span className="history-when">{v.label ?? time}</span>
            <span className={`history-kind history-kind-${v.kind}`}>{t(`history.kind.${v.kind}` as MessageKey)}</span>
          </>
        );
        return (
          <li key={v.id} className={`history-version${current === v.id ? " is-current" : ""}`}>
            {head(v, time, name)}
            <span className="dso-muted">
              {v.label ? `${time} · ` : ""}
              {v.by ? t("history.by", { who: authorText(t, v.by) }) : ""}
            </span>
            <span className="dso-muted history-summary">{summaryText(t, v.summary)}</span>
            {action?.(v, time)}
          </li>
        );
      })}
    </ol>
  );
}
