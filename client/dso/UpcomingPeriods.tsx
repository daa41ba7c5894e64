import { holderSpans, upcomingPeriods } from "../../shared/dso";
import type { Rotation } from "../../shared/schema/rotation";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { formatDay } from "../i18n/formatDate";
import { usePersonName } from "./usePersonName";

const PERIODS_SHOWN = 6;

/**
 * The current turn and the next ones, each with who holds the journey on which days (SPEC.md D15):
 * the turn's owner, and covers as covers inside the turn ("Sam covers 7-9 Dec", then "Rita
 * 10-13 Dec"). Before the rotation begins, the list starts at its first turn.
 */
export function UpcomingPeriods({ rotation }: { rotation: Rotation }) {
  const session = useMap((s) => ({ today: s.today }));
  const t = useT();
  const { lang } = useLanguage();
  const nameOf = usePersonName();
  const from = session.today < rotation.startsOn ? rotation.startsOn : session.today;
  const periods = upcomingPeriods(rotation, from, PERIODS_SHOWN).map((p) => ({
    ...p,
    current: p.start <= session.today && session.today <= p.end,
    spans: holderSpans(rotation, p.start, p.end),
  }));
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
                {p.spans.length === 1 && p.spans[0] && !p.spans[0].cover ? (
                  <strong>{nameOf(p.spans[0].ownerId)}</strong>
                ) : (
                  <ul className="dso-holders">
                    {p.spans.map((s) => (
                      <li key={s.from} className={s.cover ? "dso-holder-cover" : undefined}>
                        {s.cover ? (
                          t("dso.rotation.coverNote", { person: nameOf(s.ownerId), from: formatDay(s.from, lang), to: formatDay(s.to, lang) })
                        ) : (
                          <>
                            <strong>{nameOf(s.ownerId)}</strong> {formatDay(s.from, lang)} – {formatDay(s.to, lang)}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
