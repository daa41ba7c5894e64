/** The lanes every template starts from, in the order a journey map usually shows them. */
import type { Lane } from "../schema/lane";
import { tr, type Loc } from "./localize";

/** Lane ids shared by all templates. */
export const LANE = {
  actions: "lane-actions",
  touchpoints: "lane-touchpoints",
  emotions: "lane-emotions",
  painPoints: "lane-pain-points",
  opportunities: "lane-opportunities",
  backstage: "lane-backstage",
} as const;

/** Customer actions, touchpoints, emotions, pain points and opportunities. */
export const STANDARD_LANES: readonly Loc<Lane>[] = [
  { id: LANE.actions, name: tr("Customer actions", "Kundenaktionen"), kind: "actions" },
  { id: LANE.touchpoints, name: tr("Touchpoints", "Kontaktpunkte"), kind: "touchpoints" },
  { id: LANE.emotions, name: tr("Emotions", "Emotionen"), kind: "emotions" },
  { id: LANE.painPoints, name: tr("Pain points", "Pain Points"), kind: "painPoints" },
  { id: LANE.opportunities, name: tr("Opportunities", "Chancen"), kind: "opportunities" },
];

/** The backstage lane: what happens inside the company, out of the customer's sight. */
export const BACKSTAGE_LANE: Loc<Lane> = {
  id: LANE.backstage,
  name: tr("Backstage", "Hinter den Kulissen"),
  kind: "backstage",
};
