import { OwnershipPanel } from "./OwnershipPanel";
import { PeoplePanel } from "./PeoplePanel";
import { RotationPanel } from "./RotationPanel";
import { TeamsPanel } from "./TeamsPanel";

/** "Teams & rotation": who is on which team, who owns which touchpoint, who owns the journey when. */
export function TeamsView() {
  return (
    <div className="dso-view dso-columns">
      <div>
        <TeamsPanel />
        <PeoplePanel />
        <OwnershipPanel />
      </div>
      <div>
        <RotationPanel />
      </div>
    </div>
  );
}
