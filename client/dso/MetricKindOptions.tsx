import { METRIC_KINDS } from "../../shared/schema/metric";
import { useT } from "../i18n/useT";

/** The `<option>`s of every metric kind, named in the page's language (KPI and key-result selects). */
export function MetricKindOptions() {
  const t = useT();
  return (
    <>
      {METRIC_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`dso.metricKind.${kind}`)}
        </option>
      ))}
    </>
  );
}
