import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { useWorkshopUi } from "./workshopUi";
import { freshId } from "../flow/freshId";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * The facilitator's "Everyone follow me": puts a fresh follow-me request in my awareness, so
 * everyone's view tracks mine until they step out or I end it.
 */
export function FollowMeButton() {
  const t = useT();
  const awareness = useMap((s) => s.awareness, Object.is);
  const [ui, store] = useWorkshopUi(awareness);
  const asking = ui.myFollowRequest !== null;
  const toggle = () => {
    const request = asking ? null : freshId();
    awareness.setLocalStateField("followMe", request);
    store.update((s) => (request ? { myFollowRequest: request, following: null, followRequest: null } : { myFollowRequest: null, following: s.following }));
  };
  return (
    <button type="button" className={`ws-btn ws-btn-small${asking ? " ws-btn-primary" : " ws-btn-ghost"}`} aria-pressed={asking} onClick={toggle}>
      <ToolIcon name="follow" />
      {asking ? t("workshop.follow.endAsk") : t("workshop.follow.ask")}
    </button>
  );
}
