import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { KpiSeries } from "./kpiRows";

/**
 * The workspace's metrics library as the map page reads it (K7, K8): the series by id, the
 * series each key result names (`metricId`, keyed `okrId/krId`, since the map's directory keeps
 * key results without it) and the page's day. Outside a workspace the library is empty and
 * every KPI reads as typed.
 */
export interface MetricLibrary {
  readonly series: readonly KpiSeries[];
  readonly byId: ReadonlyMap<string, KpiSeries>;
  /** `okrId/krId` -> the series id a key result names. */
  readonly keyResultSeries: ReadonlyMap<string, string>;
  readonly today: string;
}

const EMPTY: MetricLibrary = { series: [], byId: new Map(), keyResultSeries: new Map(), today: "" };

const MetricLibraryContext = createContext<MetricLibrary>(EMPTY);

/** Provides the library to the chips, the inspector, the OKR view and the KPI overview. */
export function MetricLibraryProvider({
  series,
  keyResultSeries,
  today,
  children,
}: {
  series: readonly KpiSeries[] | undefined;
  keyResultSeries: ReadonlyMap<string, string> | undefined;
  today: string;
  children: ReactNode;
}) {
  const value = useMemo<MetricLibrary>(
    () => ({ series: series ?? [], byId: new Map((series ?? []).map((s) => [s.id, s])), keyResultSeries: keyResultSeries ?? EMPTY.keyResultSeries, today }),
    [series, keyResultSeries, today],
  );
  return <MetricLibraryContext.Provider value={value}>{children}</MetricLibraryContext.Provider>;
}

/** The metrics library of the page (empty outside a workspace or outside the map page). */
export function useMetricLibrary(): MetricLibrary {
  return useContext(MetricLibraryContext);
}
