import { useId } from "react";
import { addDays } from "../../shared/dso/days";
import { useDeviceSetting } from "../device/useDeviceSetting";
import { formatDay } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { ResourceState } from "./ResourceState";
import { ReviewQueuePanel } from "./ReviewQueuePanel";
import { RotationCalendar } from "./RotationCalendar";
import { useWorkspaceResource } from "./useWorkspaceResource";
import { useWorkspaceSession } from "./WorkspaceSession";
import { getOverview, getRotations, getTouchpoints } from "./workspaceApi";
import { ViewHead } from "./ViewHead";

/** The calendar shows one week back and eight ahead. */
const BACK = 7;
export const CALENDAR_DAYS = 63;

/**
 * People across journeys: who owns which journey now and next, one rotation calendar for every
 * journey, and for "I am ..." one review queue over every journey I own this period.
 */
export function PeopleView() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const pickId = useId();
  const [meId, setMe] = useDeviceSetting(`baton.ws.me.${session.id}`);
  const me = session.doc.people.find((p) => p.id === meId);
  const from = addDays(session.today, -BACK);
  const overview = useWorkspaceResource((id, key) => getOverview(id, key, session.today), [session.today]);
  const touchpoints = useWorkspaceResource((id, key) => getTouchpoints(id, key, session.today), [session.today]);
  const rotations = useWorkspaceResource((id, key) => getRotations(id, key, from, addDays(from, CALENDAR_DAYS - 1)), [from]);
  const journeys = overview.data?.journeys ?? [];
  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.people.title")} explain={t("workspace.people.explain")}>
        <div className="ws-iam">
          <label htmlFor={pickId}>{t("dso.iam.label")}</label>
          <select id={pickId} value={me?.id ?? ""} onChange={(e) => setMe(e.target.value === "" ? null : e.target.value)}>
            <option value="">{t("dso.iam.pick")}</option>
            {session.doc.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </ViewHead>
      {me && (
        <ResourceState resource={{ data: overview.data && touchpoints.data, error: overview.error ?? touchpoints.error }} empty={null}>
          <ReviewQueuePanel me={me} journeys={journeys} touchpoints={touchpoints.data?.items ?? []} />
        </ResourceState>
      )}
      <section className="ws-section" aria-labelledby="ws-owners-heading">
        <h3 id="ws-owners-heading">{t("workspace.people.owners")}</h3>
        <ResourceState resource={overview} empty={session.doc.people.length === 0 ? t("workspace.people.empty") : null}>
          <div className="ws-table-wrap">
            <table className="ws-table ws-stack" aria-labelledby="ws-owners-heading">
              <thead>
                <tr>
                  <th scope="col">{t("workspace.col.person")}</th>
                  <th scope="col">{t("workspace.col.team")}</th>
                  <th scope="col">{t("workspace.people.ownsNow")}</th>
                  <th scope="col">{t("workspace.people.ownsNext")}</th>
                </tr>
              </thead>
              <tbody>
                {session.doc.people.map((p) => {
                  const now = journeys.filter((j) => j.ownerNow === p.id);
                  const next = journeys.filter((j) => j.ownerNext === p.id && j.ownerNow !== p.id);
                  return (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td data-label={t("workspace.col.team")}>{session.doc.teams.find((x) => x.id === p.teamId)?.name ?? <span className="muted">—</span>}</td>
                      <td data-label={t("workspace.people.ownsNow")}>{now.length === 0 ? <span className="muted">—</span> : now.map((j) => j.title).join(", ")}</td>
                      <td data-label={t("workspace.people.ownsNext")}>
                        {next.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          next.map((j) => (j.handoverOn ? t("workspace.people.fromDay", { title: j.title, on: formatDay(j.handoverOn, lang) }) : j.title)).join(", ")
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </ResourceState>
      </section>
      <section className="ws-section" aria-labelledby="ws-calendar-heading">
        <h3 id="ws-calendar-heading">{t("workspace.people.calendar")}</h3>
        <ResourceState resource={rotations} empty={rotations.data?.maps.length === 0 ? t("workspace.people.noRotations") : null}>
          <RotationCalendar rotations={rotations.data?.maps ?? []} from={from} days={CALENDAR_DAYS} today={session.today} />
        </ResourceState>
      </section>
    </div>
  );
}
