import type { Person } from "../../shared/schema/person";
import { useMapSession } from "../map/useMapSession";
import { useDeviceSetting } from "../device/useDeviceSetting";

/**
 * "I am ...": the person this device speaks for on this map, kept per map in localStorage.
 * A stored id whose person was deleted from the map counts as nobody.
 */
export function useMe(): { me: Person | undefined; setMe: (personId: string | null) => void } {
  const session = useMapSession();
  const [id, setMe] = useDeviceSetting(`baton.dso.me.${session.mapId}`);
  const me = id === null ? undefined : session.journey.people?.find((p) => p.id === id);
  return { me, setMe };
}
