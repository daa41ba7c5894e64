import type { Command } from "../../shared/commands/command";
import type { Card } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";

/** The longest card title (F19). */
const TITLE_MAX = 500;

/**
 * The commands that turn a "needs work" review into a CX backlog item in one step (issue 11,
 * point 8): a pain point in the touchpoint's stage, in the map's first pain-points lane (else the
 * touchpoint's own lane), owned by the touchpoint's team, open, described by the review's note,
 * and linked to the touchpoint. Pure: ids come in as arguments.
 */
export function backlogFromReview(
  journey: Journey,
  touchpoint: Card,
  note: string,
  ids: { card: string; link: string },
  title: (touchpointTitle: string) => string,
): Command[] {
  const lane = journey.lanes.find((l) => l.kind === "painPoints") ?? journey.lanes.find((l) => l.id === touchpoint.laneId);
  if (!lane) return [];
  const full = title(touchpoint.title);
  const item: Card = {
    id: ids.card,
    kind: "painPoint",
    stageId: touchpoint.stageId,
    laneId: lane.id,
    // The full note is the description; the title names the touchpoint (shortened only when the touchpoint's own title is near the limit).
    title: full.length <= TITLE_MAX ? full : `${full.slice(0, TITLE_MAX - 1)}…`,
    description: note,
    status: "open",
    ...(touchpoint.ownerTeamId !== undefined ? { ownerTeamId: touchpoint.ownerTeamId } : {}),
  };
  return [
    { type: "addCard", card: item },
    { type: "addLink", link: { id: ids.link, from: item.id, to: touchpoint.id } },
  ];
}
