import { useMap } from "../map/useMap";
import { useDeviceSetting } from "../device/useDeviceSetting";

/** Whether cards highlight touchpoints without an owner team (per map, on this device). */
export function useShowUnowned(): [boolean, (on: boolean) => void] {
  const mapId = useMap((s) => s.mapId);
  const [value, set] = useDeviceSetting(`baton.dso.showUnowned.${mapId}`);
  return [value === "1", (on: boolean) => set(on ? "1" : null)];
}
