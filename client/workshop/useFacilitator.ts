import { useEffect, useMemo, useState } from "react";
import type { Controller } from "../../shared/workshop/control";
import { useDeviceSetting, writeDeviceSetting } from "../device/useDeviceSetting";
import { freshId } from "../flow/freshId";
import { useT } from "../i18n/useT";
import { useIdentity } from "./identity";

const KEY = "baton.workshop.facilitatorId";
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Me as the one who runs a voting round or the timer (W15, W16): a random id this device keeps
 * (drawn on first use, never a key, never my voter token) and the name others see.
 */
export function useFacilitator(): Controller {
  const t = useT();
  const [identity] = useIdentity();
  const [stored] = useDeviceSetting(KEY);
  const [drawn] = useState(freshId);
  const id = stored !== null && ID.test(stored) ? stored : drawn;
  useEffect(() => {
    if (stored !== id) writeDeviceSetting(KEY, id);
  }, [stored, id]);
  const name = identity?.name ?? t("workshop.guest");
  return useMemo(() => ({ id, name }), [id, name]);
}
