import { useMapSession } from "../map/useMapSession";
import { useDeviceSetting } from "../device/useDeviceSetting";

/** Whether cards highlight touchpoints without an owner team (per map, on this device). */
export function useShowUnowned(): [boolean, (on: boolean) => void] {
  const session = useMapSession();
  const [value, set] = useDeviceSetting(`baton.dso.showUnowned.${session.mapId}`);
  return [value === "1", (on: boolean) => set(on ? "1" : null)];
}
