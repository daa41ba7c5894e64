import { useCallback, useState } from "react";
import { useT } from "../i18n/useT";
import { useWorkspaceSession } from "./WorkspaceSession";
import { postWorkspaceCommands } from "./workspaceApi";

/**
 * Writes to the workspace document through `POST /api/workspaces/:id/commands` (the server
 * validates, applies in one transaction and cascades across journeys); the change comes back
 * live over the workspace socket. `error` says in words what was refused.
 */
export function useWorkspaceDispatch(): { dispatch: (commands: readonly unknown[]) => void; error: string | null } {
  const t = useT();
  const session = useWorkspaceSession();
  const [error, setError] = useState<string | null>(null);
  const dispatch = useCallback(
    (commands: readonly unknown[]) => {
      setError(null);
      postWorkspaceCommands(session.id, session.key, commands).then(
        (res) => {
          if (res.skipped.length > 0) setError(t("workspace.dispatch.skipped", { reason: res.skipped.map((s) => s.reason).join("; ") }));
          session.changes.notify();
        },
        (e: unknown) => setError(t("workspace.dispatch.failed", { message: e instanceof Error ? e.message : String(e) })),
      );
    },
    [session.id, session.key, session.changes, t],
  );
  return { dispatch, error };
}
