import { useState } from "react";
import { mapHref } from "../app/route";
import { AppLink } from "../ui/AppLink";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { journeyGroups, journeyRows, ALL_JOURNEYS, type JourneyQuery, type JourneySort } from "./journeyRows";
import { KpiHealthBar } from "./KpiHealthBar";
import { NewJourneyForm } from "./NewJourneyForm";
import { ResourceState } from "./ResourceState";
import { SortHeader } from "./SortHeader";
import { usePersonName } from "./usePersonName";
import { useDrawnRows } from "./useDrawnRows";
import { useWorkspaceResource } from "./useWorkspaceResource";
import { useWorkspaceSession } from "./WorkspaceSession";
import { getOverview, JOURNEY_STATUSES, type JourneyStatus } from "./workspaceApi";
import { ViewHead } from "./ViewHead";

/**
 * The workspace home: every journey with its status, group, owner now and next, touchpoints
 * (unowned), open pain points, KPI health, reviews due and last change; search, filter and sort;
 * create and import (editors).
 */
export function JourneysHome() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const overview = useWorkspaceResource((id, key) => getOverview(id, key, session.today), [session.today]);
  const [query, setQuery] = useState<JourneyQuery>(ALL_JOURNEYS);
  const name = usePersonName();
  const journeys = overview.data?.journeys ?? [];
  const rows = journeyRows(journeys, query, (id) => (id ? name(id) : ""));
  const drawn = useDrawnRows(rows.length);
  const groups = journeyGroups(journeys);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
  const day = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", timeZone: "UTC" });
  const sortBy = (sort: JourneySort) =>
    setQuery((q) => ({ ...q, sort, descending: q.sort === sort ? !q.descending : sort !== "title" && sort !== "group" && sort !== "status" }));
  const header = (sort: JourneySort, label: MessageKey, className?: string) => (
    <SortHeader label={t(label)} active={query.sort === sort} descending={query.descending} onSort={() => sortBy(sort)} className={className} />
  );
  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.home.title")} explain={t("workspace.home.count", { shown: rows.length, count: journeys.length })}>
        {session.canEdit && <NewJourneyForm />}
      </ViewHead>
      <div className="ws-filters" role="search" aria-label={t("workspace.home.filters")}>
        <input
          type="search"
          className="ws-search"
          aria-label={t("workspace.home.search")}
          placeholder={t("workspace.home.searchPlaceholder")}
          value={query.search}
          onChange={(e) => setQuery({ ...query, search: e.target.value })}
        />
        <label>
          {t("workspace.home.status")}{" "}
          <select value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as JourneyQuery["status"] })}>
            <option value="all">{t("workspace.filter.all")}</option>
            {JOURNEY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.status.${s}`)}
              </option>
            ))}
            <option value="none">{t("workspace.status.none")}</option>
          </select>
        </label>
        <label>
          {t("workspace.home.group")}{" "}
          <select value={query.group} onChange={(e) => setQuery({ ...query, group: e.target.value })}>
            <option value="all">{t("workspace.filter.all")}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
            <option value="none">{t("workspace.group.none")}</option>
          </select>
        </label>
      </div>
      <ResourceState resource={overview} empty={journeys.length === 0 ? t("workspace.home.empty") : rows.length === 0 ? t("workspace.home.noMatch") : null}>
        <div className="ws-table-wrap">
          <table className="ws-table ws-journeys" aria-label={t("workspace.home.title")}>
            <thead>
              <tr>
                {header("title", "workspace.col.journey")}
                {header("status", "workspace.col.status")}
                {header("group", "workspace.col.group")}
                <th scope="col">{t("workspace.col.owner")}</th>
                {header("unowned", "workspace.col.touchpoints", "ws-num")}
                {header("painPoints", "workspace.col.painPoints", "ws-num")}
                {header("kpiOff", "workspace.col.kpis")}
                {header("reviews", "workspace.col.reviews", "ws-num")}
                {header("updated", "workspace.col.updated")}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, drawn).map((j) => (
                <tr key={j.id} data-map-id={j.id}>
                  <th scope="row" className="ws-journey-cell">
                    <AppLink href={mapHref(j.id, session.key)} className="ws-journey-link">
                      {j.title}
                    </AppLink>
                    {j.tags && j.tags.length > 0 && (
                      <span className="ws-tags">
                        {j.tags.map((tag) => (
                          <span key={tag} className="ws-tag">
                            {tag}
                          </span>
                        ))}
                      </span>
                    )}
                  </th>
                  <td data-label={t("workspace.col.status")}>{j.status ? <StatusPill status={j.status} /> : <span className="muted">—</span>}</td>
                  <td data-label={t("workspace.col.group")}>{j.group ?? <span className="muted">—</span>}</td>
                  <td data-label={t("workspace.col.owner")} className="ws-owner-cell">
                    {j.ownerNow ? <strong>{name(j.ownerNow)}</strong> : <span className="muted">{t("workspace.owner.none")}</span>}
                    {j.ownerNext && j.handoverOn && (
                      <span className="ws-sub">{t("workspace.owner.next", { name: name(j.ownerNext), on: day.format(new Date(`${j.handoverOn}T00:00:00Z`)) })}</span>
                    )}
                  </td>
                  <td className="ws-num" data-label={t("workspace.col.touchpoints")}>
                    {j.touchpoints}
                    {j.unowned > 0 && <span className="ws-warn-sub">{t("workspace.unowned", { n: j.unowned })}</span>}
                  </td>
                  <td className="ws-num" data-label={t("workspace.col.painPoints")}>
                    {j.openPainPoints}
                  </td>
                  <td data-label={t("workspace.col.kpis")}>
                    <KpiHealthBar health={j.kpiHealth} />
                  </td>
                  <td className="ws-num" data-label={t("workspace.col.reviews")}>
                    {j.reviewsDue + j.reviewsOverdue === 0 ? (
                      <span className="muted">0</span>
                    ) : (
                      <>
                        {j.reviewsDue + j.reviewsOverdue}
                        {j.reviewsOverdue > 0 && <span className="ws-bad-sub">{t("workspace.overdue", { n: j.reviewsOverdue })}</span>}
                      </>
                    )}
                  </td>
                  <td data-label={t("workspace.col.updated")} className="ws-when">
                    {when.format(new Date(j.updatedAt))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ResourceState>
    </div>
  );
}

function StatusPill({ status }: { status: JourneyStatus }) {
  const t = useT();
  return <span className={`ws-status ws-status-${status}`}>{t(`workspace.status.${status}`)}</span>;
}
