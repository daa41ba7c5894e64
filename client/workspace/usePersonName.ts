import { useCallback } from "react";
import { useT } from "../i18n/useT";
import { useWorkspaceSession } from "./WorkspaceSession";

/** A person's name from the workspace directory, or "Unknown person" for an id it no longer has. */
export function usePersonName(): (personId: string) => string {
  const t = useT();
  const { people } = useWorkspaceSession().doc;
  return useCallback((id: string) => people.find((p) => p.id === id)?.name ?? t("workspace.person.unknown"), [people, t]);
}
