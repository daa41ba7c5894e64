import { useSyncExternalStore } from "react";
import { mapHref } from "../app/route";
import { navigate } from "../app/useRoute";
import { deviceMaps, forgetMap, onDeviceMapsChange } from "../device/deviceMaps";
import { useLanguage } from "../i18n/useLanguage";
import { formatTime } from "../i18n/formatDate";
import { useT } from "../i18n/useT";
import { RoleBadge } from "../ui/RoleBadge";

/** The maps opened on this device, most recent first, with the role each link gives. */
export function RecentMaps() {
  const t = useT();
  const { lang } = useLanguage();
  const maps = useSyncExternalStore(onDeviceMapsChange, deviceMaps.snapshot);
  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t("home.recent.heading")}</h2>
      {maps.length === 0 ? (
        <p className="muted">{t("home.recent.empty")}</p>
      ) : (
        <ul className="recent-list">
          {maps.map((m) => (
            <li key={`${m.id}:${m.key}`} className="recent-item">
              <a
                href={mapHref(m.id, m.key)}
                className="recent-link"
                onClick={(e) => {
                  e.preventDefault();
                  navigate(mapHref(m.id, m.key));
                }}
              >
                <span className="recent-title">{m.title}</span>
                <span className="recent-meta">
                  <RoleBadge role={m.role} />
                  <span className="muted">{t("home.recent.openedAt", { when: formatTime(m.openedAt, lang) })}</span>
                </span>
              </a>
              <button
                type="button"
                className="icon-button"
                aria-label={t("home.recent.forget", { title: m.title })}
                title={t("home.recent.forget", { title: m.title })}
                onClick={() => forgetMap(m.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
