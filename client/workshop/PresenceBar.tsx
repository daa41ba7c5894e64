import { useAwarenessPeople, type Person } from "./useAwarenessPeople";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { initials } from "../../shared/workshop/presence";
import { useWorkshopUi } from "./workshopUi";
import { startFollowing, stopFollowing } from "./follow";
import { ToolIcon } from "../ui/ToolIcon";

const SHOWN = 8;

/**
 * Everyone in the map as avatars in their colour, me first. Clicking someone follows their
 * view (again: stops); clicking myself changes my name and colour.
 */
export function PresenceBar({ onEditMe }: { onEditMe(): void }) {
  const t = useT();
  const awareness = useMap((s) => s.awareness, Object.is);
  const people = useAwarenessPeople(awareness);
  const [ui, store] = useWorkshopUi(awareness);
  const shown = people.slice(0, SHOWN);
  const hidden = people.slice(SHOWN);
  const click = (p: Person) => {
    if (p.self) onEditMe();
    else if (ui.following === p.id) stopFollowing(store, p.followMe);
    else startFollowing(store, p.id);
  };
  return (
    <ul className="ws-presence" aria-label={t("workshop.presence.label", { n: people.length })}>
      {shown.map((p) => {
        const followed = ui.following === p.id;
        const label = p.self
          ? t("workshop.presence.me", { name: p.name })
          : followed
            ? t("workshop.presence.unfollow", { name: p.name })
            : t("workshop.presence.follow", { name: p.name });
        return (
          <li key={p.id}>
            <button
              type="button"
              className={`ws-avatar${followed ? " ws-avatar-followed" : ""}${p.self ? " ws-avatar-self" : ""}`}
              style={{ background: p.color }}
              aria-label={label}
              aria-pressed={p.self ? undefined : followed}
              title={label}
              data-testid="presence-avatar"
              data-name={p.name}
              onClick={() => click(p)}
            >
              {/* Initials drawn by CSS: the button's accessible name is its full label, and no
                  visible text contradicts it (axe label-content-name-mismatch). */}
              <span className="ws-avatar-initials" data-initials={initials(p.name).toUpperCase()} aria-hidden="true" />
              {p.presenting && <span className="ws-avatar-badge"><ToolIcon name="play" size={8} /></span>}
            </button>
          </li>
        );
      })}
      {hidden.length > 0 && (
        <li>
          <span className="ws-avatar ws-avatar-more" title={hidden.map((p) => p.name).join(", ")}>
            +{hidden.length}
          </span>
        </li>
      )}
    </ul>
  );
}
