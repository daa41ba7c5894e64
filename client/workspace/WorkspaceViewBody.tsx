import type { WorkspaceView } from "../app/route";
import { WorkspaceKpiOverview } from "../kpi/WorkspaceKpiOverview";
import { ReviewView } from "../review/ReviewView";
import { CentralBacklog } from "./CentralBacklog";
import { DecisionsView } from "./DecisionsView";
import { DirectoryView } from "./DirectoryView";
import { JourneysHome } from "./JourneysHome";
import { WorkspaceHistory } from "../history/WorkspaceHistory";
import { MetricsLibrary } from "../metrics/MetricsLibrary";
import { OkrRollup } from "./OkrRollup";
import { PeopleView } from "./PeopleView";
import { TeamsOverview } from "./TeamsOverview";

/** The body of one workspace view. */
export function WorkspaceViewBody({ view }: { view: WorkspaceView }) {
  switch (view) {
    case "home":
      return <JourneysHome />;
    case "backlog":
      return <CentralBacklog />;
    case "teams":
      return <TeamsOverview />;
    case "people":
      return <PeopleView />;
    case "okrs":
      return <OkrRollup />;
    case "history":
      return <WorkspaceHistory />;
    case "metrics":
      return <MetricsLibrary />;
    case "directory":
      return <DirectoryView />;
    case "decisions":
      return <DecisionsView />;
    case "kpis":
      return <WorkspaceKpiOverview />;
    case "review":
      return <ReviewView />;
  }
}
