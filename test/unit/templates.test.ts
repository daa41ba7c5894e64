import { describe, expect, it } from "vitest";
import { isShared, objectiveProgress, ownershipCoverage } from "../../shared/dso";
import { TEMPLATE_IDS, TEMPLATE_LANGS, isTemplateId, templateJourney, templateTitle } from "../../shared/templates";
import { formatIssue, validateJourney } from "../../shared/validate";

const CASES = TEMPLATE_IDS.flatMap((id) => TEMPLATE_LANGS.map((lang) => [id, lang] as const));
const FULL = TEMPLATE_IDS.filter((id) => id !== "blank");

describe("templates", () => {
  it("are listed in dialog order", () => {
    expect(TEMPLATE_IDS).toEqual(["blank", "saas-onboarding", "ecommerce-purchase", "support-case"]);
    expect(isTemplateId("support-case")).toBe(true);
    expect(isTemplateId("nope")).toBe(false);
    expect(isTemplateId(undefined)).toBe(false);
  });

  it.each(CASES)("[F13] %s (%s) is a valid journey file and survives validation unchanged", (id, lang) => {
    const journey = templateJourney(id, lang);
    const result = validateJourney(journey);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.journey).toEqual(journey);
  });

  it("take a title, and have a default title per language", () => {
    expect(templateJourney("saas-onboarding", "de", "Onboarding 2027").title).toBe("Onboarding 2027");
    expect(templateTitle("saas-onboarding", "en")).toBe("SaaS onboarding");
    expect(templateTitle("saas-onboarding", "de")).toBe("SaaS-Onboarding");
    expect(templateTitle("support-case", "de")).toBe("Supportfall");
    expect(templateJourney("blank", "de").title).toBe(templateTitle("blank", "de"));
  });

  it("return fresh data on every call", () => {
    const a = templateJourney("ecommerce-purchase", "en");
    a.cards[0]!.title = "changed";
    a.teams!.pop();
    const b = templateJourney("ecommerce-purchase", "en");
    expect(b.cards[0]!.title).not.toBe("changed");
    expect(b.teams).toHaveLength(4);
  });

  it("blank has the five standard lanes and three empty stages", () => {
    const blank = templateJourney("blank", "en");
    expect(blank.lanes.map((l) => l.kind)).toEqual(["actions", "touchpoints", "emotions", "painPoints", "opportunities"]);
    expect(blank.stages).toHaveLength(3);
    expect(blank.cards).toEqual([]);
  });

  it.each(FULL)("%s is a complete, realistic map", (id) => {
    const j = templateJourney(id, "en");
    expect(j.stages.length).toBeGreaterThanOrEqual(5);
    expect(j.stages.length).toBeLessThanOrEqual(6);
    expect(j.cards.length).toBeGreaterThanOrEqual(18);
    expect(j.cards.length).toBeLessThanOrEqual(30);
    expect(j.lanes.map((l) => l.kind).slice(0, 5)).toEqual(["actions", "touchpoints", "emotions", "painPoints", "opportunities"]);
    // Every stage has a touchpoint and an emotion, so the curve has no gaps.
    for (const stage of j.stages) {
      expect(j.cards.some((c) => c.stageId === stage.id && c.emotion !== undefined)).toBe(true);
      expect(j.cards.some((c) => c.stageId === stage.id && c.kind === "touchpoint")).toBe(true);
    }
    const touchpoints = j.cards.filter((c) => c.kind === "touchpoint");
    for (const t of touchpoints) {
      expect(t.channel).toBeDefined();
      expect(t.ownerTeamId).toBeDefined();
      expect(t.metrics?.length).toBeGreaterThan(0);
    }
    expect(ownershipCoverage(j).ratio).toBe(1);
    for (const p of j.cards.filter((c) => c.kind === "painPoint")) {
      expect([p.severity, p.impact, p.effort, p.status, p.votes].every((v) => v !== undefined)).toBe(true);
    }
    expect(j.cards.filter((c) => c.kind === "opportunity").length).toBeGreaterThanOrEqual(2);
    expect(j.teams!.length).toBeGreaterThanOrEqual(3);
    expect(j.teams!.every((t) => /^#[0-9a-f]{6}$/.test(t.color ?? ""))).toBe(true);
    expect(j.people!.length).toBeGreaterThanOrEqual(4);
    expect(j.people!.every((p) => p.teamId !== undefined)).toBe(true);
    expect(j.rotation?.cadenceDays).toBe(14);
    const okr = j.okrs![0]!;
    expect(isShared(okr)).toBe(true);
    expect(okr.keyResults).toHaveLength(2);
    const progress = objectiveProgress(okr);
    expect(progress).not.toBeNull();
    const touchpointIds = new Set(touchpoints.map((t) => t.id));
    for (const kr of okr.keyResults) expect(kr.cardIds?.every((c) => touchpointIds.has(c))).toBe(true);
    expect(j.reviews!.length).toBeGreaterThanOrEqual(2);
    expect(j.comments!.some((c) => c.replyTo !== undefined)).toBe(true);
  });

  it.each(FULL)("%s is fully translated into German", (id) => {
    const en = templateJourney(id, "en");
    const de = templateJourney(id, "de");
    // Same structure and ids, different words.
    expect(de.cards.map((c) => [c.id, c.kind, c.stageId, c.laneId])).toEqual(en.cards.map((c) => [c.id, c.kind, c.stageId, c.laneId]));
    en.cards.forEach((c, i) => expect(de.cards[i]!.title).not.toBe(c.title));
    en.stages.forEach((s, i) => expect(de.stages[i]!.name).not.toBe(s.name));
    // "Touchpoints" is the German word too (client/i18n/GLOSSARY.md).
    en.lanes.forEach((l, i) => l.name !== "Touchpoints" && expect(de.lanes[i]!.name).not.toBe(l.name));
    expect(de.okrs![0]!.objective).not.toBe(en.okrs![0]!.objective);
    expect(de.persona!.description).not.toBe(en.persona!.description);
    expect(de.comments!.map((c) => c.text)).not.toEqual(en.comments!.map((c) => c.text));
    expect(JSON.stringify(de)).toMatch(/[äöüÄÖÜß]/);
  });
});
