import { useState, type FormEvent } from "react";
import { readSeries } from "../../shared/metrics/series";
import { METRIC_KINDS, type MetricKind } from "../../shared/schema/metric";
import type { MetricSeries } from "../../shared/workspace/schema";
import { MetricKindOptions } from "../dso/MetricKindOptions";
import { freshId } from "../flow/freshId";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { DeleteButton } from "../ui/DeleteButton";
import { useWorkspaceDispatch } from "../workspace/useWorkspaceDispatch";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import { useWorkspaceResource } from "../workspace/useWorkspaceResource";
import { getPointsWindow } from "../kpi/pointsWindow";
import { FeedKeysPanel } from "./FeedKeysPanel";
import { SeriesPoints } from "./SeriesPoints";
import "./metrics.css";
import { ViewHead } from "../workspace/ViewHead";

/**
 * The workspace's metrics library (workspace.md "Metrics library"; SPEC.md MT1-MT4): every KPI
 * series with its kind, unit, target, direction, owner team and latest value; editors add,
 * edit and delete series and their points (by hand or a CSV), the owner manages feed keys.
 */
export function MetricsLibrary() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  // How many points each series holds (WK7: counts are asked for here only; they read every point).
  const counts = useWorkspaceResource((id, key) => getPointsWindow(id, key, { to: "9999-12-31", last: 0, counts: true }), []).data?.counts;
  const { dispatch, error } = useWorkspaceDispatch();
  const [open, setOpen] = useState<string | null>(null);
  const { metrics, teams } = session.doc;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const update = (id: string, patch: Record<string, unknown>) => dispatch([{ type: "updateMetricSeries", id, patch }]);
  return (
    <div className="ws-view">
      <ViewHead title={t("metrics.title")} explain={t("metrics.explain")} error={error} />
      {session.canEdit && <NewSeriesForm onAdd={(series) => dispatch([{ type: "addMetricSeries", series }])} />}
      {metrics.length === 0 ? (
        <p className="ws-empty">{t("metrics.empty")}</p>
      ) : (
        <ul className="mt-series-list" aria-label={t("metrics.title")}>
          {metrics.map((s) => {
            const reading = readSeries(s, session.today);
            const status = reading.status ?? "none";
            const name = seriesName(s, t);
            const expanded = open === s.id;
            return (
              <li key={s.id} className="mt-series">
                <div className="mt-series-head">
                  <div className="mt-series-name">
                    <h3>{name}</h3>
                    <span className="muted">
                      {t(`dso.metricKind.${s.kind}`)}
                      {s.unit ? ` · ${s.unit}` : ""}
                    </span>
                  </div>
                  <div className="mt-series-value">
                    <span className={`chip chip-metric metric-${status}`} title={t(`dso.metrics.status.${status}`)}>
                      {reading.latest ? number.format(reading.latest.value) : "–"}
                      {s.target !== undefined && <span> / {number.format(s.target)}</span>}
                    </span>
                    <span className="muted">{reading.latest ? t("metrics.latestOn", { on: reading.latest.on }) : t("metrics.noPoints")}</span>
                    <span className="muted">{t("metrics.points", { count: counts?.get(s.id) ?? 0 })}</span>
                  </div>
                  <button type="button" className="btn btn-small" aria-expanded={expanded} aria-controls={`series-${s.id}`} onClick={() => setOpen(expanded ? null : s.id)}>
                    {expanded ? t("metrics.close") : session.canEdit ? t("metrics.edit") : t("metrics.show")}
                  </button>
                </div>
                {expanded && (
                  <div id={`series-${s.id}`} className="mt-series-body">
                    {session.canEdit && (
                      <div className="mt-fields" role="group" aria-label={t("metrics.fields", { name })}>
                        <label>
                          {t("metrics.label")}
                          <input type="text" defaultValue={s.label ?? ""} maxLength={120} onBlur={(e) => e.target.value.trim() !== (s.label ?? "") && update(s.id, { label: e.target.value.trim() || null })} />
                        </label>
                        <label>
                          {t("metrics.kind")}
                          <select value={s.kind} onChange={(e) => update(s.id, { kind: e.target.value })}>
                            <MetricKindOptions />
                          </select>
                        </label>
                        <label>
                          {t("metrics.unit")}
                          <input type="text" defaultValue={s.unit ?? ""} maxLength={20} onBlur={(e) => e.target.value.trim() !== (s.unit ?? "") && update(s.id, { unit: e.target.value.trim() || null })} />
                        </label>
                        <label>
                          {t("metrics.target")}
                          <input type="number" step="any" defaultValue={s.target ?? ""} onBlur={(e) => targetChanged(e.target.value, s.target) && update(s.id, { target: e.target.value === "" ? null : Number(e.target.value) })} />
                        </label>
                        <label>
                          {t("metrics.direction")}
                          <select value={s.direction ?? "up"} onChange={(e) => update(s.id, { direction: e.target.value })}>
                            <option value="up">{t("metrics.direction.up")}</option>
                            <option value="down">{t("metrics.direction.down")}</option>
                          </select>
                        </label>
                        <label>
                          {t("metrics.owner")}
                          <select value={s.ownerTeamId ?? ""} onChange={(e) => update(s.id, { ownerTeamId: e.target.value || null })}>
                            <option value="">{t("metrics.noOwner")}</option>
                            {teams.map((team) => (
                              <option key={team.id} value={team.id}>
                                {team.name}
                              </option>
                            ))}
                          </select>
                        </label>
                        <DeleteButton label={t("metrics.delete", { name })} confirm={t("metrics.confirmDelete", { name, count: counts?.get(s.id) ?? 0 })} onDelete={() => dispatch([{ type: "deleteMetricSeries", id: s.id }])} />
                      </div>
                    )}
                    <SeriesPoints series={s} name={name} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {session.role === "owner" && <FeedKeysPanel />}
    </div>
  );
}

/** A series' name: its label, or its kind in the page's language. */
export function seriesName(s: Pick<MetricSeries, "label" | "kind">, t: ReturnType<typeof useT>): string {
  return s.label && s.label.trim() !== "" ? s.label : t(`dso.metricKind.${s.kind}`);
}

function targetChanged(text: string, target: number | undefined): boolean {
  if (text === "") return target !== undefined;
  const n = Number(text);
  return Number.isFinite(n) && n !== target;
}

function NewSeriesForm({ onAdd }: { onAdd: (series: MetricSeries) => void }) {
  const t = useT();
  const [kind, setKind] = useState<MetricKind>("CSAT");
  const [label, setLabel] = useState("");
  const [target, setTarget] = useState("");
  const [direction, setDirection] = useState<"up" | "down">("up");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(target);
    onAdd({
      id: freshId(),
      kind,
      ...(label.trim() ? { label: label.trim() } : {}),
      ...(target !== "" && Number.isFinite(n) ? { target: n } : {}),
      direction,
    });
    setLabel("");
    setTarget("");
  };
  return (
    <form className="ws-inline-form mt-new" onSubmit={submit} aria-label={t("metrics.add")}>
      <select aria-label={t("metrics.kind")} value={kind} onChange={(e) => setKind(METRIC_KINDS.find((k) => k === e.target.value) ?? "CSAT")}>
        <MetricKindOptions />
      </select>
      <input type="text" aria-label={t("metrics.label")} placeholder={t("metrics.labelPlaceholder")} value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} />
      <input type="number" step="any" aria-label={t("metrics.target")} placeholder={t("metrics.target")} value={target} onChange={(e) => setTarget(e.target.value)} className="mt-number" />
      <select aria-label={t("metrics.direction")} value={direction} onChange={(e) => setDirection(e.target.value === "down" ? "down" : "up")}>
        <option value="up">{t("metrics.direction.up")}</option>
        <option value="down">{t("metrics.direction.down")}</option>
      </select>
      <button type="submit" className="btn btn-primary btn-small">
        {t("metrics.add")}
      </button>
    </form>
  );
}
