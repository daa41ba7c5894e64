/**
 * Starting points for new maps (`POST /api/maps` with `template`). Every template exists in
 * English and German and is a valid journey file (tested with `validateJourney`).
 */
import type { Journey } from "../schema/journey";
import { BLANK } from "./blank";
import { ECOMMERCE_PURCHASE } from "./ecommercePurchase";
import { localize, type Lang, type Loc } from "./localize";
import { SAAS_ONBOARDING } from "./saasOnboarding";
import { SUPPORT_CASE } from "./supportCase";

export type { Lang } from "./localize";

/** The ids of all templates, in the order the "new map" dialog lists them. */
export const TEMPLATE_IDS = ["blank", "saas-onboarding", "ecommerce-purchase", "support-case"] as const;

/** One of {@link TEMPLATE_IDS}. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The languages templates are available in. */
export const TEMPLATE_LANGS: readonly Lang[] = ["en", "de"];

const SOURCES: Readonly<Record<TemplateId, Loc<Journey>>> = {
  "blank": BLANK,
  "saas-onboarding": SAAS_ONBOARDING,
  "ecommerce-purchase": ECOMMERCE_PURCHASE,
  "support-case": SUPPORT_CASE,
};

/** True when `id` names a template (for checking request bodies). */
export function isTemplateId(id: unknown): id is TemplateId {
  return typeof id === "string" && (TEMPLATE_IDS as readonly string[]).includes(id);
}

/**
 * A fresh journey of template `id` in `lang`; `title` replaces the template's title when given.
 * Each call returns new objects, so callers may change the result.
 */
export function templateJourney(id: TemplateId, lang: Lang, title?: string): Journey {
  const journey = localize<Journey>(SOURCES[id], lang);
  if (title !== undefined) journey.title = title;
  return journey;
}

/** The default title of template `id` in `lang` ("SaaS onboarding", "SaaS-Onboarding"). */
export function templateTitle(id: TemplateId, lang: Lang): string {
  return localize<Journey>(SOURCES[id], lang).title;
}
