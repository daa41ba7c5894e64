import { useState, type FormEvent } from "react";
import { periodProblem, type ReviewPeriod } from "../../shared/review/reviewPeriod";
import { useT } from "../i18n/useT";

/** RV1: the review's period, two days; a wrong pair is named and the last agenda stays. */
export function PeriodPicker({ period, isDefault, onPeriod }: { period: ReviewPeriod; isDefault: boolean; onPeriod(p: ReviewPeriod | null): void }) {
  const t = useT();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<string | null>(null);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const why = periodProblem(from, to);
    setProblem(why === null ? null : t(`review.period.bad.${why}`));
    if (why === null) onPeriod({ from, to });
  };
  const reset = () => {
    setProblem(null);
    onPeriod(null);
  };
  return (
    <form className="rv-period ws-filters" onSubmit={apply} aria-label={t("review.period")}>
      <label>
        {t("review.period.from")} <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t("review.period.to")} <input type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-small">
        {t("review.period.apply")}
      </button>
      {!isDefault && (
        <button type="button" className="btn btn-small" onClick={reset}>
          {t("review.period.default")}
        </button>
      )}
      <span className="muted">{isDefault ? t("review.period.isDefault") : t("review.period.chosen")}</span>
      {problem && (
        <span role="alert" className="error-text">
          {problem}
        </span>
      )}
    </form>
  );
}
