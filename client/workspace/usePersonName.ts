import { useCallback, useSyncExternalStore } from "react";
import { useT } from "../i18n/useT";
import { useWorkspaceSession } from "./WorkspaceSession";

/**
 * A person's name from the workspace directory, or "Unknown person" for an id it no longer has.
 * Until the workspace document has synced, an id it does not hold yet reads as "" rather than
 * "Unknown person": the views draw the server's answers before the document arrives.
 */
export function usePersonName(): (personId: string) => string {
  const t = useT();
  const { doc, connection } = useWorkspaceSession();
  const { people } = doc;
  const synced = useSyncExternalStore(connection.subscribe, () => connection.state.synced);
  return useCallback((id: string) => people.find((p) => p.id === id)?.name ?? (synced ? t("workspace.person.unknown") : ""), [people, synced, t]);
}
