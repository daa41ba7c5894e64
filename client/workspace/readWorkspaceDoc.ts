/**
 * What the workspace page shows of the live workspace document: title, directory, OKRs, metric
 * series and decisions, read by the model's `docToWorkspace` (never throws; what does not
 * validate is left out). Decisions are shown newest first.
 */
import type * as Y from "yjs";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import type { Workspace, WorkspaceOkr } from "../../shared/workspace/schema";

export type WsOkr = WorkspaceOkr;
export type WorkspaceDocView = Workspace;

/** Reads the workspace document for the views. */
export function readWorkspaceDoc(doc: Y.Doc): WorkspaceDocView {
  return workspaceDocView(docToWorkspace(doc).workspace);
}

/** The views' reading of a workspace as `docToWorkspace` gives it (from the live document, or the server's answer of WA18). */
export function workspaceDocView(workspace: Workspace): WorkspaceDocView {
  const decisions = [...workspace.decisions].sort((a, b) => b.on.localeCompare(a.on) || a.id.localeCompare(b.id));
  return { ...workspace, decisions };
}
