/** Template "blank": the standard lanes and three empty stages, ready to fill in. */
import type { Journey } from "../schema/journey";
import { tr, type Loc } from "./localize";
import { STANDARD_LANES } from "./standardLanes";

/** The bilingual source of an empty map (SPEC.md clarification 17). */
export const BLANK: Loc<Journey> = {
  format: "baton.journey",
  version: 1,
  title: tr("New customer journey", "Neue Customer Journey"),
  stages: [
    { id: "stage-1", name: tr("Stage 1", "Phase 1") },
    { id: "stage-2", name: tr("Stage 2", "Phase 2") },
    { id: "stage-3", name: tr("Stage 3", "Phase 3") },
  ],
  lanes: [...STANDARD_LANES],
  cards: [],
};
