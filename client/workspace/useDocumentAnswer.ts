import { useEffect, useMemo, useState } from "react";
import type { Workspace } from "../../shared/workspace/schema";
import type { ChangeSource } from "../kpi/usePointsWindow";
import { sameValue } from "../store/sameValue";
import { workspaceDocView, type WorkspaceDocView } from "./readWorkspaceDoc";
import { getWorkspaceDocument } from "./workspaceApi";

/**
 * The workspace document from the server's answer (API-RULES.md WA18), for the views to paint
 * from until the socket has synced the live document: read at once (the page asked for it while
 * its code loaded) and again on each change notice until then. `null` until it arrived. Once
 * `synced`, it is kept while `live` (the live document's reading) is the same, so the handover
 * redraws nothing; at the first difference it is dropped for good and the views read `live`.
 * A failure leaves it `null`: the views wait for the socket as before.
 */
export function useDocumentAnswer(id: string, key: string, synced: boolean, changes: ChangeSource, live: WorkspaceDocView): WorkspaceDocView | null {
  // A re-read the server answered with 304 is the same object: nothing is read or drawn again.
  const [answer, setAnswer] = useState<Workspace | null>(null);
  useEffect(() => {
    if (synced) return;
    let on = true;
    let newest = 0;
    const load = () => {
      const n = ++newest;
      getWorkspaceDocument(id, key).then(
        (workspace) => on && n === newest && setAnswer(workspace),
        () => undefined,
      );
    };
    load();
    const off = changes.subscribe(load);
    return () => {
      on = false;
      off();
    };
  }, [id, key, synced, changes]);
  const view = useMemo(() => (answer ? workspaceDocView(answer) : null), [answer]);
  // Handed over for good at the first difference (no comparison runs after that).
  const [handedOver, setHandedOver] = useState(false);
  const same = useMemo(() => synced && !handedOver && view !== null && sameValue(view, live), [synced, handedOver, view, live]);
  if (synced && !handedOver && !same) setHandedOver(true);
  return !synced || (!handedOver && same) ? view : null;
}
