import { METRIC_KINDS, MetricSchema, type Metric, type MetricKind } from "../../shared/schema/metric";

/** A metric as the form holds it: every field as typed, numbers still text. */
export interface MetricDraft {
  kind: MetricKind;
  label: string;
  value: string;
  target: string;
  unit: string;
  /** The series the metric reads (K7), absent or `""` for none; kept through an edit of the other fields. */
  seriesId?: string;
}

/** Why a field of a draft is wrong, as a message key of the catalogue. */
export type MetricDraftError =
  | "dso.metrics.error.number"
  | "dso.metrics.error.customLabel"
  | "dso.metrics.error.labelLong"
  | "dso.metrics.error.unitLong"
  | "dso.metrics.error.invalid";

/** The fields of a draft that are wrong, each with the reason. */
export type MetricDraftErrors = Partial<Record<"label" | "value" | "target" | "unit", MetricDraftError>>;

export type MetricDraftResult = { ok: true; metric: Metric } | { ok: false; errors: MetricDraftErrors };

/** The form's view of a stored metric: absent fields are empty strings. */
export function metricToDraft(metric: Metric): MetricDraft {
  return {
    kind: metric.kind,
    label: metric.label ?? "",
    value: metric.value === undefined ? "" : String(metric.value),
    target: metric.target === undefined ? "" : String(metric.target),
    unit: metric.unit ?? "",
    ...(metric.seriesId !== undefined ? { seriesId: metric.seriesId } : {}),
  };
}

/** An empty draft of the given kind, for "Add metric". */
export function emptyMetricDraft(kind: MetricKind = METRIC_KINDS[0]): MetricDraft {
  return { kind, label: "", value: "", target: "", unit: "" };
}

/**
 * Reads a number the way people type it: `4.5`, `4,5` (German decimal comma), ` 12 `, `-3`.
 * Empty text is "no number" (`undefined`); anything else that is not a finite number is `null`.
 */
export function parseNumberInput(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const normalised = /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/**
 * Turns a draft into a metric of the journey format (journey-format.md, "Metric"), or says
 * which fields are wrong: a `custom` metric needs a label, numbers must be finite, the label
 * is at most 120 and the unit at most 20 characters. Empty optional fields are left out, so a
 * metric that had no unit still has none after an edit.
 */
export function draftToMetric(draft: MetricDraft): MetricDraftResult {
  const errors: MetricDraftErrors = {};
  const value = parseNumberInput(draft.value);
  const target = parseNumberInput(draft.target);
  if (value === null) errors.value = "dso.metrics.error.number";
  if (target === null) errors.target = "dso.metrics.error.number";
  if (draft.kind === "custom" && draft.label === "") errors.label = "dso.metrics.error.customLabel";
  if (draft.label.length > 120) errors.label = "dso.metrics.error.labelLong";
  if (draft.unit.length > 20) errors.unit = "dso.metrics.error.unitLong";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const candidate: Metric = { kind: draft.kind };
  if (draft.label !== "") candidate.label = draft.label;
  if (value !== undefined && value !== null) candidate.value = value;
  if (target !== undefined && target !== null) candidate.target = target;
  if (draft.unit !== "") candidate.unit = draft.unit;
  if (draft.seriesId !== undefined && draft.seriesId !== "") candidate.seriesId = draft.seriesId;
  // The schema is the last word: whatever it still refuses is reported on the label.
  const parsed = MetricSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: { label: "dso.metrics.error.invalid" } };
  return { ok: true, metric: parsed.data };
}
