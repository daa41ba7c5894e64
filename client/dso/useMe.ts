import type { Person } from "../../shared/schema/person";
import { useMap } from "../map/useMap";
import { useDeviceSetting } from "../device/useDeviceSetting";

/**
 * "I am ...": the person this device speaks for on this map, kept per map in localStorage.
 * A stored id whose person was deleted from the map counts as nobody.
 */
export function useMe(): { me: Person | undefined; setMe: (personId: string | null) => void } {
  const mapId = useMap((s) => s.mapId);
  const [id, setMe] = useDeviceSetting(`baton.dso.me.${mapId}`);
  const me = useMap((s) => (id === null ? undefined : s.journey.people?.find((p) => p.id === id)));
  return { me, setMe };
}
