import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import type { ConnectionState } from "../live/MapConnection";
import { useConnectionState } from "./useConnectionState";
import { useMap } from "./useMap";

/** The open map's connection (see `ConnectionStatus`). */
export function StatusIndicator() {
  const state = useConnectionState();
  const canEdit = useMap((s) => s.canEdit);
  return <ConnectionStatus state={state} canEdit={canEdit} />;
}

/**
 * A connection as it is: connecting, connected, reconnecting, offline or closed, and "Saved"
 * only when the server confirmed every local change (a viewer writes nothing, so shows no save
 * state). Maps and workspaces show their document's connection with it.
 */
export function ConnectionStatus({ state, canEdit }: { state: ConnectionState; canEdit: boolean }) {
  const t = useT();
  const link = t(`map.status.${state.link}` as MessageKey);
  const save = !canEdit ? null : state.saved ? t("map.status.saved") : state.link === "connected" ? t("map.status.saving") : t("map.status.unsaved");
  return (
    <div className={`status status-${state.link}`} role="status" aria-label={t("map.status.label")} data-link={state.link} data-saved={state.saved}>
      <span className="status-dot" aria-hidden="true" />
      <span className="status-link">{link}</span>
      {save && <span className={`status-save${state.saved ? " is-saved" : ""}`}>{save}</span>}
    </div>
  );
}
