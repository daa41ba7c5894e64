import { describe, expect, it } from "vitest";
import { filterKpiRows, kpiRows, offTargetCount, type KpiJourney, type KpiSeries } from "../../client/kpi/kpiRows";
import type { Card } from "../../shared/schema/card";

const csat: KpiSeries = { id: "s-csat", kind: "CSAT", target: 80, unit: "%", ownerTeamId: "t-cx", points: [{ on: "2026-03-01", value: 70 }, { on: "2026-03-08", value: 76 }, { on: "2026-03-15", value: 82 }] };
const ttr: KpiSeries = { id: "s-ttr", kind: "timeToResolution", target: 10, direction: "down", points: [{ on: "2026-03-01", value: 12 }, { on: "2026-03-02", value: 30 }] };

function card(id: string, stageId: string, laneId: string, extra: Partial<Card> = {}): Card {
  return { id, kind: "touchpoint", stageId, laneId, title: `Card ${id}`, ...extra };
}

const stages = [{ id: "s1", name: "Aware" }, { id: "s2", name: "Buy" }];
const lanes: KpiJourney["journey"]["lanes"] = [{ id: "l1", name: "Actions", kind: "actions" }, { id: "l2", name: "Touchpoints", kind: "touchpoints" }];

const onboarding: KpiJourney = {
  mapId: "m-on",
  title: "Onboarding",
  journey: {
    stages,
    lanes,
    cards: [
      card("c-green", "s1", "l1", { ownerTeamId: "t-web", metrics: [{ kind: "NPS", value: 40, target: 30 }] }),
      card("c-series", "s2", "l2", { metrics: [{ kind: "CSAT", value: 99, seriesId: "s-csat" }, { kind: "CES", value: 4 }] }),
      card("c-red", "s2", "l1", { ownerTeamId: "t-support", metrics: [{ kind: "timeToResolution", seriesId: "s-ttr" }] }),
      card("c-none", "s1", "l2"),
    ],
  },
};
const support: KpiJourney = {
  mapId: "m-sup",
  title: "Support",
  journey: { stages, lanes, cards: [card("c-amber", "s1", "l1", { ownerTeamId: "t-support", metrics: [{ kind: "churnRate", value: 5.4, target: 5 }] })] },
};

describe("the KPI overview's rows", () => {
  it("[K9] lists every KPI of every card, read through the library on the day, off target first", () => {
    const rows = kpiRows([onboarding, support], [csat, ttr], "2026-03-10");
    expect(rows.map((r) => [r.key, r.status])).toEqual([
      ["m-on/c-red/0", "red"],
      ["m-on/c-series/0", "amber"],
      ["m-sup/c-amber/0", "amber"],
      ["m-on/c-series/1", null],
      ["m-on/c-green/0", "green"],
    ]);
    const series = rows[1];
    expect(series?.metric).toEqual({ kind: "CSAT", seriesId: "s-csat", value: 76, target: 80, unit: "%" });
    expect(series?.trend.map((p) => p.value)).toEqual([70, 76]);
    expect(series?.improving).toBe(true);
    expect(series?.seriesId).toBe("s-csat");
    expect(series?.journeyTitle).toBe("Onboarding");
    expect(series?.cardTitle).toBe("Card c-series");
    expect(rows[0]?.improving).toBe(false);
  });

  it("[K9] ties keep journey, stage, lane, cell and KPI order; a map of the library reads the same as the list", () => {
    const same = kpiRows([onboarding], new Map([[csat.id, csat], [ttr.id, ttr]]), "2026-03-10");
    expect(same).toEqual(kpiRows([onboarding], [csat, ttr], "2026-03-10"));
    const flat: KpiJourney = {
      mapId: "m",
      title: "T",
      journey: { stages, lanes, cards: [card("b", "s2", "l1", { metrics: [{ kind: "NPS" }] }), card("a", "s1", "l2", { metrics: [{ kind: "NPS" }, { kind: "CES" }] }), card("c", "s1", "l1", { metrics: [{ kind: "NPS" }] })] },
    };
    expect(kpiRows([flat], [], "2026-03-10").map((r) => r.key)).toEqual(["m/c/0", "m/a/0", "m/a/1", "m/b/0"]);
  });

  it("[K9] the owner team is the card's, else the series'; a typed KPI or a gone series has no trend", () => {
    const rows = kpiRows([onboarding], [csat], "2026-03-10");
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get("m-on/c-green/0")?.ownerTeamId).toBe("t-web");
    expect(byKey.get("m-on/c-series/0")?.ownerTeamId).toBe("t-cx");
    expect(byKey.get("m-on/c-series/1")?.ownerTeamId).toBeUndefined();
    const gone = byKey.get("m-on/c-red/0");
    expect(gone?.seriesId).toBeUndefined();
    expect(gone?.trend).toEqual([]);
    expect(gone?.metric).toEqual({ kind: "timeToResolution", seriesId: "s-ttr" });
    expect(gone?.status).toBeNull();
  });

  it("[K10] filters by owner team and by kind, keeping the order; no filter keeps every row", () => {
    const rows = kpiRows([onboarding, support], [csat, ttr], "2026-03-10");
    expect(filterKpiRows(rows, {})).toEqual(rows);
    expect(filterKpiRows(rows, { teamId: "t-support" }).map((r) => r.key)).toEqual(["m-on/c-red/0", "m-sup/c-amber/0"]);
    expect(filterKpiRows(rows, { kind: "CSAT" }).map((r) => r.key)).toEqual(["m-on/c-series/0"]);
    expect(filterKpiRows(rows, { teamId: "t-support", kind: "CSAT" })).toEqual([]);
    expect(offTargetCount(rows)).toBe(3);
  });
});
