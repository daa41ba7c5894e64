import { daysBetween, ownerOn, rotationStatus } from "../../shared/dso";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";
import { formatDay } from "../i18n/formatDate";
import { useMe } from "./useMe";
import { usePersonName } from "./usePersonName";

/**
 * For the page header: today's journey owner, who takes over next and in how many days
 * (SPEC.md D1). Two short lines (the owner, then who is next); the full dates are in its tooltip.
 */
export function DsoHeader() {
  const session = useMapSession();
  const t = useT();
  const { lang } = useLanguage();
  const { me } = useMe();
  const nameOf = usePersonName();
  const rotation = session.journey.rotation;
  if (!rotation) {
    return (
      <div className="dso-header" title={t("dso.header.noneHelp")} data-testid="dso-header">
        {t("dso.header.none")}
      </div>
    );
  }
  if (session.today < rotation.startsOn && ownerOn(rotation, session.today) === null) {
    const starts = t("dso.header.startsOn", { day: formatDay(rotation.startsOn, lang), owner: nameOf(ownerOn(rotation, rotation.startsOn)) });
    return (
      <div className="dso-header" title={starts} data-testid="dso-header">
        <span>
          <span className="dso-header-label">{t("dso.header.owner")}</span> <strong>{t("dso.nobody")}</strong>
        </span>
        <span className="dso-header-sep"> · </span>
        <span className="dso-header-next">{starts}</span>
      </div>
    );
  }
  const state = rotationStatus(rotation, session.today);
  const days = daysBetween(session.today, state.handoverOn);
  const when = days === 1 ? t("dso.header.tomorrow") : t("dso.header.inDays", { count: days });
  const title = t("dso.header.help", {
    owner: nameOf(state.ownerId),
    from: formatDay(state.periodStart, lang, true),
    to: formatDay(state.periodEnd, lang, true),
    next: nameOf(state.nextOwnerId),
    handover: formatDay(state.handoverOn, lang, true),
  });
  return (
    <div className="dso-header" title={title} data-testid="dso-header">
      <span>
        <span className="dso-header-label">{t("dso.header.owner")}</span>{" "}
        <strong className="dso-header-owner">
          {nameOf(state.ownerId)}
          {me && me.id === state.ownerId ? ` ${t("dso.header.you")}` : ""}
        </strong>
      </span>
      <span className="dso-header-sep"> · </span>
      <span className="dso-header-next">{t("dso.header.next", { next: nameOf(state.nextOwnerId), when })}</span>
    </div>
  );
}
