import { daysBetween, holderSpans, nextHolder, ownerOn, rotationStatus } from "../../shared/dso";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { formatDay } from "../i18n/formatDate";
import { useMe } from "./useMe";
import { usePersonName } from "./usePersonName";

/**
 * For the page header: today's journey owner, who takes over next and in how many days
 * (SPEC.md D15: the next person who will actually hold it, a cover's end included). Two short lines (the owner, then who is next); the full dates are in its tooltip.
 */
export function DsoHeader() {
  const today = useMap((s) => s.today);
  const t = useT();
  const { lang } = useLanguage();
  const { me } = useMe();
  const nameOf = usePersonName();
  const rotation = useMap((s) => s.journey.rotation);
  if (!rotation) {
    return (
      <div className="dso-header" title={t("dso.header.noneHelp")} data-testid="dso-header">
        {t("dso.header.none")}
      </div>
    );
  }
  if (today < rotation.startsOn && ownerOn(rotation, today) === null) {
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
  const state = rotationStatus(rotation, today);
  const next = nextHolder(rotation, today) ?? { ownerId: state.nextOwnerId, on: state.handoverOn };
  const days = daysBetween(today, next.on);
  const span = holderSpans(rotation, state.periodStart, state.periodEnd).find((s) => s.from <= today && today <= s.to);
  const when = days === 1 ? t("dso.header.tomorrow") : t("dso.header.inDays", { count: days });
  const title = t("dso.header.help", {
    owner: nameOf(state.ownerId),
    from: formatDay(span?.from ?? state.periodStart, lang, true),
    to: formatDay(span?.to ?? state.periodEnd, lang, true),
    next: nameOf(next.ownerId),
    handover: formatDay(next.on, lang, true),
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
      <span className="dso-header-next">{t("dso.header.next", { next: nameOf(next.ownerId), when })}</span>
    </div>
  );
}
