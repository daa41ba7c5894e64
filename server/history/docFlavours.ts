import type * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { COLLECTIONS, META, ROTATION } from "../../shared/doc/layout";
import { summarizeChange, type ChangeSummary } from "../../shared/history/summarizeChange";
import { summarizeWorkspaceChange } from "../../shared/history/summarizeWorkspaceChange";
import type { Journey } from "../../shared/schema/journey";
import { DECISIONS, METRICS, docToWorkspace } from "../../shared/workspace/workspaceDoc";
import type { Workspace } from "../../shared/workspace/schema";

/**
 * What History needs to know of a kind of document (H1, H10): which top-level maps a restore
 * makes equal to the version, how the document is read for a summary, and how two readings are
 * summarized. Maps and workspace documents differ only here.
 */
export interface DocFlavour<T = unknown> {
  /** "map" or "workspace", for error sentences. */
  readonly noun: "map" | "workspace";
  readonly restoreRoots: readonly string[];
  read(doc: Y.Doc): T;
  summarize(before: T | null, after: T): ChangeSummary;
}

/** The top-level maps a map's restore makes equal to the version: the journey, not the live workshop (H5). */
export const MAP_RESTORE_ROOTS: readonly string[] = [...COLLECTIONS, META, ROTATION];

/** The top-level maps a workspace's restore makes equal to the version: title, directory, OKRs, metric series, decisions (H10). */
export const WORKSPACE_RESTORE_ROOTS: readonly string[] = [META, "teams", "people", "okrs", METRICS, DECISIONS];

export const MAP_FLAVOUR: DocFlavour<Journey> = {
  noun: "map",
  restoreRoots: MAP_RESTORE_ROOTS,
  read: (doc) => docToJourney(doc).journey,
  summarize: summarizeChange,
};

export const WORKSPACE_FLAVOUR: DocFlavour<Workspace> = {
  noun: "workspace",
  restoreRoots: WORKSPACE_RESTORE_ROOTS,
  read: (doc) => docToWorkspace(doc).workspace,
  summarize: summarizeWorkspaceChange,
};
