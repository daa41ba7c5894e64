import type { Team } from "../../shared/schema/team";
import { NO_TEAM_COLOR, TEAM_PALETTE } from "../../shared/design/tokens";

export { TEAM_PALETTE };

/** The first palette colour no team uses yet, else the palette again from the start. */
export function nextTeamColor(teams: readonly Team[]): string {
  const used = new Set(teams.map((t) => t.color?.toLowerCase()));
  return TEAM_PALETTE.find((c) => !used.has(c)) ?? TEAM_PALETTE[teams.length % TEAM_PALETTE.length] ?? TEAM_PALETTE[0];
}

/** The colour a team is drawn in; teams without one are grey. */
export function teamColor(team: Team | undefined): string {
  return team?.color ?? NO_TEAM_COLOR;
}
