import { upcomingPeriods } from "../../shared/dso";
import type { Rotation } from "../../shared/schema/rotation";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";
import { formatDay } from "../i18n/formatDate";
import { usePersonName } from "./usePersonName";

const PERIODS_SHOWN = 6;

/**
 * The current turn and the next ones, each with the owner of its first day and the holidays or
 * swaps that overlap it (SPEC.md D2). Before the rotation begins, the list starts at its first turn.
 */
export function UpcomingPeriods({ rotation }: { rotation: Rotation }) {
  const session = useMapSession();
  const t = useT();
  const { lang } = useLanguage();
  const nameOf = usePersonName();
  const from = session.today < rotation.startsOn ? rotation.startsOn : session.today;
  const periods = upcomingPeriods(rotation, from, PERIODS_SHOWN).map((p) => ({ ...p, current: p.start <= session.today && session.today <= p.end }));
  return (
    <div className="dso-upcoming">
      <h4>{t("dso.rotation.upcoming")}</h4>
      <table className="dso-table">
        <thead>
          <tr>
            <th scope="col">{t("dso.rotation.period")}</th>
            <th scope="col">{t("dso.rotation.owner")}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.start} className={p.current ? "dso-current" : undefined} aria-current={p.current ? "true" : undefined}>
              <td>
                {formatDay(p.start, lang, true)} – {formatDay(p.end, lang, true)}
                {p.current ? <span className="dso-pill">{t("dso.rotation.now")}</span> : null}
              </td>
              <td>
                <strong>{nameOf(p.ownerId)}</strong>
                {p.overrides.map((o, i) => (
                  <div key={i} className="dso-muted">
                    {t("dso.rotation.coverNote", { person: nameOf(o.ownerId), from: formatDay(o.from, lang), to: formatDay(o.to, lang) })}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
