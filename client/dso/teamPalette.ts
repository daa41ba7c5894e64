import type { Team } from "../../shared/schema/team";

/** Distinct, legible team colours (on white and as card borders), offered in this order. */
export const TEAM_PALETTE = ["#2980b9", "#27ae60", "#8e44ad", "#e67e22", "#c0392b", "#16a085", "#d35400", "#2c3e50"] as const;

/** The first palette colour no team uses yet, else the palette again from the start. */
export function nextTeamColor(teams: readonly Team[]): string {
  const used = new Set(teams.map((t) => t.color?.toLowerCase()));
  return TEAM_PALETTE.find((c) => !used.has(c)) ?? TEAM_PALETTE[teams.length % TEAM_PALETTE.length] ?? TEAM_PALETTE[0];
}

/** The colour a team is drawn in; teams without one are grey. */
export function teamColor(team: Team | undefined): string {
  return team?.color ?? "#8a94a6";
}
