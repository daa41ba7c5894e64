import { useCallback } from "react";
import { useDeviceSetting } from "../device/useDeviceSetting";
import { PHONE_QUERY, useMediaQuery } from "../ui/useMediaQuery";

/**
 * Whether the side panel is open: remembered on this device, separately for a phone (where the
 * panel is a bottom sheet over half the map, closed until asked for) and a wider page (open
 * until closed), so closing the sheet on a phone does not hide the panel on a laptop (PL4).
 */
export function useSidePanelOpen(): [open: boolean, setOpen: (open: boolean) => void] {
  const phone = useMediaQuery(PHONE_QUERY);
  const [stored, setStored] = useDeviceSetting(`baton.sidePanel.open.${phone ? "phone" : "wide"}`);
  const open = stored === null ? !phone : stored === "1";
  const setOpen = useCallback((next: boolean) => setStored(next ? "1" : "0"), [setStored]);
  return [open, setOpen];
}
