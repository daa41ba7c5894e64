import type { Journey } from "../../shared/schema/journey";
import { previousReviewPeriod, reviewPeriodOf, type ReviewPeriod } from "../../shared/dso";

/**
 * The review period that contains `today` and up to `count - 1` periods before it, newest
 * first: rotation periods (never before the rotation's first), or calendar months for a map
 * without a rotation (SPEC.md D5). For the review log's period picker.
 */
export function recentReviewPeriods(journey: Journey, today: string, count: number): ReviewPeriod[] {
  const periods: ReviewPeriod[] = [];
  let period: ReviewPeriod | null = reviewPeriodOf(journey, today);
  while (period && periods.length < count) {
    periods.push(period);
    period = previousReviewPeriod(journey, period.start);
  }
  return periods;
}
