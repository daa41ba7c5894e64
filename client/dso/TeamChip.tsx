import type { Team } from "../../shared/schema/team";
import { teamColor } from "./teamPalette";
import { ToolIcon } from "../ui/ToolIcon";

/** A team's name on its colour, as used on OKRs, the backlog and the overview. */
export function TeamChip({ team, onRemove, removeLabel }: { team: Team; onRemove?: () => void; removeLabel?: string }) {
  return (
    <span className="dso-team-chip" style={{ borderColor: teamColor(team) }}>
      <span className="dso-swatch" style={{ background: teamColor(team) }} aria-hidden="true" />
      {team.name}
      {onRemove ? (
        <button type="button" className="dso-quiet" aria-label={removeLabel} onClick={onRemove}>
          <ToolIcon name="close" size={12} />
        </button>
      ) : null}
    </span>
  );
}
