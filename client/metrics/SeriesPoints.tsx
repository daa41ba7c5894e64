import { useRef, useState, type FormEvent } from "react";
import type { MetricSeries } from "../../shared/workspace/schema";
import { ApiError } from "../api/api";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useWorkspaceResource } from "../workspace/useWorkspaceResource";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import { deletePoint, getSeriesPointList, postPoints, postPointsCsv } from "./feedApi";

/** How many of the newest points the list shows (the CSV and the feed handle the rest). */
const SHOWN = 12;

/**
 * A series' points, newest first (MT2), read on demand from storage (WK7): editors set a day's
 * value by hand or upload a `date,value` CSV through the feed endpoint (K6: all stored or none,
 * each bad row named), and remove a day (WK6).
 */
export function SeriesPoints({ series, name }: { series: MetricSeries; name: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const list = useWorkspaceResource((id, key) => getSeriesPointList(id, key, series.id), [series.id]);
  const [error, setError] = useState<string | null>(null);
  /** Runs a write; its failure is shown, and success re-reads the points (the change notice also tells every other page). */
  const write = (op: () => Promise<unknown>) => {
    setError(null);
    op().then(
      () => session.changes.notify(),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  const [on, setOn] = useState(session.today);
  const [value, setValue] = useState("");
  const [upload, setUpload] = useState<{ ok: boolean; text: string; issues?: readonly string[] } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const all = list.data?.points ?? [];
  const points = [...all].reverse().slice(0, SHOWN);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value);
    if (value === "" || !Number.isFinite(n)) return;
    write(() => postPoints(session.id, session.key, series.id, [{ on, value: n }]));
    setValue("");
  };
  const uploadCsv = async (chosen: File | undefined) => {
    if (!chosen) return;
    setUpload(null);
    try {
      const res = await postPointsCsv(session.id, session.key, series.id, await chosen.text());
      setUpload({ ok: true, text: t("metrics.csv.stored", { count: res.stored, name }) });
      session.changes.notify();
    } catch (e) {
      const issues = e instanceof ApiError ? e.issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`) : [];
      setUpload({ ok: false, text: e instanceof Error ? e.message : String(e), issues });
    } finally {
      if (file.current) file.current.value = "";
    }
  };
  return (
    <div className="mt-points">
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {session.canEdit && (
        <div className="mt-points-tools">
          <form className="ws-inline-form" onSubmit={add} aria-label={t("metrics.point.add", { name })}>
            <input type="date" aria-label={t("metrics.point.on")} value={on} required onChange={(e) => setOn(e.target.value)} />
            <input type="number" step="any" aria-label={t("metrics.point.value")} placeholder={t("metrics.point.value")} value={value} required onChange={(e) => setValue(e.target.value)} className="mt-number" />
            <button type="submit" className="btn btn-small">
              {t("metrics.point.save")}
            </button>
          </form>
          <label className="btn btn-small mt-upload">
            <ToolIcon name="upload" size={14} />
            {t("metrics.csv.upload")}
            <input ref={file} type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(e) => void uploadCsv(e.target.files?.[0])} />
          </label>
          <span className="muted mt-hint">{t("metrics.csv.hint")}</span>
        </div>
      )}
      {upload && (
        <div role={upload.ok ? "status" : "alert"} className={upload.ok ? "ws-ok" : "error-text"}>
          {upload.text}
          {upload.issues && upload.issues.length > 0 && (
            <ul>
              {upload.issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {list.data === null && !list.error ? (
        <p className="muted">{t("workspace.loadingView")}</p>
      ) : points.length === 0 ? (
        <p className="muted">{t("metrics.noPoints")}</p>
      ) : (
        <table className="ws-table mt-points-table">
          <caption className="visually-hidden">{t("metrics.point.list", { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("metrics.point.on")}</th>
              <th scope="col">{t("metrics.point.value")}</th>
              {session.canEdit && <th scope="col">{t("metrics.point.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.on}>
                <td>
                  <time dateTime={p.on}>{p.on}</time>
                </td>
                <td>{number.format(p.value)}</td>
                {session.canEdit && (
                  <td>
                    <button type="button" className="icon-button" aria-label={t("metrics.point.remove", { on: p.on })} title={t("metrics.point.remove", { on: p.on })} onClick={() => write(() => deletePoint(session.id, session.key, series.id, p.on))}>
                      <ToolIcon name="trash" size={13} />
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {all.length > SHOWN && <p className="muted">{t("metrics.point.more", { count: all.length - SHOWN })}</p>}
    </div>
  );
}
