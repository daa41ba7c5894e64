import type { CardKind, CardStatus, Channel } from "../../schema/card";
import type { LaneKind } from "../../schema/lane";
import type { MetricKind } from "../../schema/metric";

/** The languages the exported picture can be labelled in. */
export type ExportLang = "en" | "de";

/** Every word the SVG draws that does not come from the map itself. */
export interface SvgLabels {
  readonly cardKinds: Readonly<Record<CardKind, string>>;
  readonly laneKinds: Readonly<Record<LaneKind, string>>;
  readonly channels: Readonly<Record<Channel, string>>;
  readonly statuses: Readonly<Record<CardStatus, string>>;
  readonly metricKinds: Readonly<Record<Exclude<MetricKind, "custom">, string>>;
  readonly persona: string;
  readonly goals: string;
  readonly severity: string;
  readonly votes: (n: number) => string;
  readonly impact: string;
  readonly effort: string;
  readonly target: string;
  readonly emotionCurve: string;
  readonly emotionHigh: string;
  readonly emotionLow: string;
  readonly noEmotion: string;
  readonly legendCards: string;
  readonly legendTeams: string;
  readonly legendMetrics: string;
  readonly legendLines: string;
  readonly metricOnTarget: string;
  readonly metricNearTarget: string;
  readonly metricOffTarget: string;
  readonly metricNoTarget: string;
  readonly link: string;
  readonly emotionMean: string;
  readonly stats: (cards: number, stages: number, lanes: number) => string;
  readonly emptyMap: string;
}

const EN: SvgLabels = {
  cardKinds: { action: "Action", touchpoint: "Touchpoint", painPoint: "Pain point", opportunity: "Opportunity", note: "Note" },
  laneKinds: {
    actions: "Actions", touchpoints: "Touchpoints", emotions: "Emotions", painPoints: "Pain points",
    opportunities: "Opportunities", backstage: "Backstage", notes: "Notes",
  },
  channels: {
    web: "Web", app: "App", email: "E-mail", phone: "Phone", chat: "Chat", store: "Store",
    social: "Social", mail: "Mail", other: "Other",
  },
  statuses: { open: "Open", inProgress: "In progress", done: "Done" },
  metricKinds: {
    NPS: "NPS", CSAT: "CSAT", CES: "CES", churnRate: "Churn rate", retention: "Retention", CLV: "CLV",
    conversion: "Conversion", timeToResolution: "Time to resolution", firstContactResolution: "First-contact resolution",
  },
  persona: "Persona",
  goals: "Goals",
  severity: "Severity",
  votes: (n) => (n === 1 ? "1 vote" : `${n} votes`),
  impact: "Impact",
  effort: "Effort",
  target: "target",
  emotionCurve: "Emotion",
  emotionHigh: "delighted",
  emotionLow: "frustrated",
  noEmotion: "no data",
  legendCards: "Cards",
  legendTeams: "Owner teams",
  legendMetrics: "Metrics",
  legendLines: "Lines",
  metricOnTarget: "on target",
  metricNearTarget: "close to target",
  metricOffTarget: "off target",
  metricNoTarget: "no target",
  link: "link between cards",
  emotionMean: "mean emotion per stage",
  stats: (c, s, l) => `${c} cards \u00b7 ${s} stages \u00b7 ${l} lanes`,
  emptyMap: "This map has no stages or lanes yet.",
};

const DE: SvgLabels = {
  cardKinds: { action: "Aktion", touchpoint: "Touchpoint", painPoint: "Pain Point", opportunity: "Chance", note: "Notiz" },
  laneKinds: {
    actions: "Aktionen", touchpoints: "Touchpoints", emotions: "Emotionen", painPoints: "Pain Points",
    opportunities: "Chancen", backstage: "Backstage", notes: "Notizen",
  },
  channels: {
    web: "Web", app: "App", email: "E-Mail", phone: "Telefon", chat: "Chat", store: "Filiale",
    social: "Social Media", mail: "Post", other: "Sonstiges",
  },
  statuses: { open: "Offen", inProgress: "In Arbeit", done: "Erledigt" },
  metricKinds: {
    NPS: "NPS", CSAT: "CSAT", CES: "CES", churnRate: "Abwanderung", retention: "Kundenbindung", CLV: "CLV",
    conversion: "Konversion", timeToResolution: "L\u00f6sungszeit", firstContactResolution: "Erstl\u00f6sungsquote",
  },
  persona: "Persona",
  goals: "Ziele",
  severity: "Schwere",
  votes: (n) => (n === 1 ? "1 Stimme" : `${n} Stimmen`),
  impact: "Wirkung",
  effort: "Aufwand",
  target: "Ziel",
  emotionCurve: "Emotion",
  emotionHigh: "begeistert",
  emotionLow: "frustriert",
  noEmotion: "keine Daten",
  legendCards: "Karten",
  legendTeams: "Verantwortliche Teams",
  legendMetrics: "Kennzahlen",
  legendLines: "Linien",
  metricOnTarget: "Ziel erreicht",
  metricNearTarget: "knapp am Ziel",
  metricOffTarget: "Ziel verfehlt",
  metricNoTarget: "kein Ziel",
  link: "Verbindung zwischen Karten",
  emotionMean: "mittlere Emotion je Phase",
  stats: (c, s, l) => `${c} Karten \u00b7 ${s} Phasen \u00b7 ${l} Bahnen`,
  emptyMap: "Diese Journey Map hat noch keine Phasen oder Bahnen.",
};

/** The labels of the exported SVG in `lang`. */
export function svgLabels(lang: ExportLang): SvgLabels {
  return lang === "de" ? DE : EN;
}
