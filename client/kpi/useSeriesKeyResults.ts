import { useMemo } from "react";
import { readSeries } from "../../shared/metrics/series";
import type { Okr } from "../../shared/schema/okr";
import type { KpiSeries } from "./kpiRows";
import { useMetricLibrary } from "./MetricLibraryContext";

/** Where a key result's current comes from when its series has a value (K8, K13). */
export interface KeyResultSeriesReading {
  readonly series: KpiSeries;
  readonly value: number;
  readonly on: string;
}

/**
 * K13: an objective on the map page with each key result's `current` taken from the series it
 * names (`metricId`, read from the workspace document) when that series has a value on the
 * page's day (K8, K1); other key results keep their typed `current`, as before. Also says, per
 * key result id, which series gave the value.
 */
export function useSeriesKeyResults(okr: Okr): { okr: Okr; fromSeries: ReadonlyMap<string, KeyResultSeriesReading> } {
  const library = useMetricLibrary();
  return useMemo(() => {
    const fromSeries = new Map<string, KeyResultSeriesReading>();
    const keyResults = okr.keyResults.map((kr) => {
      const seriesId = library.keyResultSeries.get(`${okr.id}/${kr.id}`);
      const series = seriesId === undefined ? undefined : library.byId.get(seriesId);
      const latest = series ? readSeries(series, library.today).latest : null;
      if (!series || !latest) return kr;
      fromSeries.set(kr.id, { series, value: latest.value, on: latest.on });
      return { ...kr, current: latest.value };
    });
    return { okr: fromSeries.size === 0 ? okr : { ...okr, keyResults }, fromSeries };
  }, [okr, library]);
}
