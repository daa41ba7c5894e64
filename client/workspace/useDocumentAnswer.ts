import { useEffect, useMemo, useState } from "react";
import type { Workspace } from "../../shared/workspace/schema";
import type { ChangeSource } from "../kpi/usePointsWindow";
import { workspaceDocView, type WorkspaceDocView } from "./readWorkspaceDoc";
import { getWorkspaceDocument } from "./workspaceApi";

/**
 * The workspace document from the server's answer (API-RULES.md WA18), for the views to paint
 * from until the socket has synced the live document: read at once (the page asked for it while
 * its code loaded) and again on each change notice until then. `null` until it arrived, and for
 * good once `synced` (the live document is read from then on). A failure leaves it `null`: the
 * views wait for the socket as before.
 */
export function useDocumentAnswer(id: string, key: string, synced: boolean, changes: ChangeSource): WorkspaceDocView | null {
  // A re-read the server answered with 304 is the same object: nothing is read or drawn again.
  const [answer, setAnswer] = useState<Workspace | null>(null);
  useEffect(() => {
    if (synced) return;
    let live = true;
    let newest = 0;
    const load = () => {
      const n = ++newest;
      getWorkspaceDocument(id, key).then(
        (workspace) => live && n === newest && setAnswer(workspace),
        () => undefined,
      );
    };
    load();
    const off = changes.subscribe(load);
    return () => {
      live = false;
      off();
    };
  }, [id, key, synced, changes]);
  const view = useMemo(() => (answer ? workspaceDocView(answer) : null), [answer]);
  return synced ? null : view;
}
