import { describe, expect, it } from "vitest";
import { chipUnit, metricChipText, shortLabel } from "../../client/flow/metricChip";

const num = (n: number) => String(n);

describe("metric chips on cards", () => {
  it("say the kind's short name and value/target with the unit once", () => {
    expect(metricChipText({ kind: "firstContactResolution", value: 78, target: 85, unit: "%" }, "FCR", num)).toBe("FCR 78/85%");
    expect(metricChipText({ kind: "timeToResolution", value: 14, target: 10, unit: "min" }, "TTR", num)).toBe("TTR 14/10 min");
    expect(metricChipText({ kind: "conversion", label: "Article to pricing page", value: 3.1, target: 5, unit: "%" }, "Conv.", num)).toBe("Conv. 3.1/5%");
  });

  it("leave a scale or a long unit to the tooltip, and show a missing value as a dash", () => {
    expect(metricChipText({ kind: "CES", value: 4.8, target: 3, unit: "1-7" }, "CES", num)).toBe("CES 4.8/3");
    expect(metricChipText({ kind: "CLV", value: 900, unit: "euros" }, "CLV", num)).toBe("CLV 900");
    expect(metricChipText({ kind: "NPS", target: 40 }, "NPS", num)).toBe("NPS –/40");
    expect(metricChipText({ kind: "NPS" }, "NPS", num)).toBe("NPS");
    expect(chipUnit(undefined)).toBe("");
    expect(chipUnit("€")).toBe(" €");
  });

  it("shorten a custom metric's own label", () => {
    expect(metricChipText({ kind: "custom", label: "Activation", value: 2 }, "KPI", num)).toBe("Activation 2");
    expect(metricChipText({ kind: "custom", label: "Invoices sent in week one", value: 2, target: 3 }, "KPI", num)).toBe("Invoices… 2/3");
    expect(shortLabel("Onboardingcompletion")).toBe("Onboardin…");
    expect(shortLabel("  short  ")).toBe("short");
  });
});
