/**
 * Other areas' header components: the journey owner now/next (DSO) and the workshop controls
 * (presence, timer, voting, follow, present); and the export menu. Each behind an error boundary.
 */
import { DsoHeader } from "../dso";
import { ExportMenu } from "../export";
import { WorkshopHeader } from "../workshop";
import { ErrorBoundary } from "../ui/ErrorBoundary";

export function HeaderSlots() {
  return (
    <>
      <div className="subheader-start">
        <ErrorBoundary name="dso-header">
          <DsoHeader />
        </ErrorBoundary>
      </div>
      <div className="subheader-end">
        <ErrorBoundary name="workshop-header">
          <WorkshopHeader />
        </ErrorBoundary>
      </div>
    </>
  );
}

/** The export menu (JSON, SVG, PNG, Mermaid, CSV); the share dialog also offers the JSON file. */
export function ExportSlot() {
  return (
    <ErrorBoundary name="export-menu">
      <ExportMenu />
    </ErrorBoundary>
  );
}
