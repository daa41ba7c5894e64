import type { CardKind } from "../../shared/schema/card";
import type { LaneKind } from "../../shared/schema/lane";

/** The kind a new card gets in a lane of this kind (any kind may still sit in any lane). */
export function laneCardKind(kind: LaneKind): CardKind {
  switch (kind) {
    case "touchpoints":
      return "touchpoint";
    case "painPoints":
      return "painPoint";
    case "opportunities":
      return "opportunity";
    case "notes":
      return "note";
    case "actions":
    case "emotions":
    case "backstage":
      return "action";
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * The fields a new card gets in a lane of this kind: its kind, and in an Emotions lane a neutral
 * emotion (0), so the card is what the lane is for and shows on the emotion curve at once.
 */
export function laneCardDefaults(kind: LaneKind): { kind: CardKind; emotion?: number } {
  return kind === "emotions" ? { kind: laneCardKind(kind), emotion: 0 } : { kind: laneCardKind(kind) };
}
