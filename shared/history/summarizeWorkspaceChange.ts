/**
 * What changed between two states of a workspace document (History for workspaces, H10): the
 * directory and the shared parts it holds, flagged by part. A workspace holds no cards, links,
 * stages or lanes, so those lists stay empty; the History panel shows the flags.
 */
import type { Workspace } from "../workspace/schema";
import { canonical, NO_CHANGE, WORKSPACE_SUMMARY_OTHER, type ChangeSummary } from "./summarizeChange";

/** The summary of the change from `before` (`null`: no earlier state, every non-empty part counts) to `after`. */
export function summarizeWorkspaceChange(before: Workspace | null, after: Workspace): ChangeSummary {
  const other = WORKSPACE_SUMMARY_OTHER.filter((part) => {
    if (before === null) return part === "title" || canonical(after[part]) !== canonical([]);
    return canonical(before[part]) !== canonical(after[part]);
  });
  return { ...NO_CHANGE, other };
}
