import type { CreatedMap } from "../api/api";
import { mapHref } from "../app/route";
import { navigate } from "../app/useRoute";
import { rememberMap } from "../device/deviceMaps";

/** Remembers a map this device just created (as its owner, with both share keys) and opens it. */
export function openCreatedMap(created: CreatedMap, title: string): void {
  rememberMap({
    id: created.id,
    title,
    role: "owner",
    key: created.ownerKey,
    editKey: created.editKey,
    viewKey: created.viewKey,
  });
  navigate(mapHref(created.id, created.ownerKey));
}
