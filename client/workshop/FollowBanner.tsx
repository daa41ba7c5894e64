import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { useAwarenessPeople } from "./useAwarenessPeople";
import { useWorkshopUi } from "./workshopUi";
import { startFollowing, stopFollowing } from "./follow";

/**
 * Says whom I follow (and which stage they present) with a way to step out, or that someone
 * asks everyone to follow them with a way to join.
 */
export function FollowBanner() {
  const t = useT();
  const awareness = useMap((s) => s.awareness, Object.is);
  const stages = useMap((s) => s.journey.stages);
  const people = useAwarenessPeople(awareness);
  const [ui, store] = useWorkshopUi(awareness);
  const leader = ui.following === null ? undefined : people.find((p) => p.id === ui.following);
  if (leader) {
    const stageIndex = leader.stage === null ? -1 : stages.findIndex((s) => s.id === leader.stage);
    const stage = stages[stageIndex];
    return (
      <div className="ws-banner" role="status" style={{ borderColor: leader.color }} data-testid="follow-banner">
        <span className="ws-banner-dot" style={{ background: leader.color }} aria-hidden="true" />
        <span>
          {leader.presenting && stage
            ? t("workshop.follow.presenting", { name: leader.name, n: stageIndex + 1, total: stages.length, stage: stage.name })
            : t("workshop.follow.following", { name: leader.name })}
        </span>
        <button type="button" className="ws-btn ws-btn-small ws-btn-ghost" onClick={() => stopFollowing(store, leader.followMe)}>
          {t("workshop.follow.stop")}
        </button>
      </div>
    );
  }
  const asking = people.find((p) => !p.self && p.followMe !== null);
  if (!asking) return null;
  return (
    <div className="ws-banner" role="status" style={{ borderColor: asking.color }}>
      <span className="ws-banner-dot" style={{ background: asking.color }} aria-hidden="true" />
      <span>{asking.presenting ? t("workshop.follow.isPresenting", { name: asking.name }) : t("workshop.follow.asks", { name: asking.name })}</span>
      <button type="button" className="ws-btn ws-btn-small" onClick={() => startFollowing(store, asking.id)}>
        {t("workshop.follow.join")}
      </button>
    </div>
  );
}
