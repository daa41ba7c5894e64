import { useEffect, useState } from "react";
import { ApiError } from "../api/api";
import { mapInfo } from "./mapFirstAnswers";
import { findDeviceMap, rememberMap } from "../device/deviceMaps";
import type { Role } from "./MapSession";

export type RoleState =
  | { readonly kind: "known"; readonly role: Role }
  | { readonly kind: "pending" }
  | { readonly kind: "refused"; readonly status: number };

/**
 * The role this key holds on the map: asked from the server (`GET /api/maps/:id`) and kept on
 * the device, so an offline reload still knows it. A refused key (401, 404) is reported.
 * Offline with a key never seen before, the map opens read-only.
 */
export function useMapRole(mapId: string, key: string): RoleState {
  const [state, setState] = useState<RoleState>(() => {
    const known = findDeviceMap(mapId, key);
    return known ? { kind: "known", role: known.role } : { kind: "pending" };
  });
  useEffect(() => {
    let cancelled = false;
    mapInfo(mapId, key).then(
      (info) => {
        if (cancelled) return;
        rememberMap({ id: mapId, key, role: info.role, title: info.title });
        setState({ kind: "known", role: info.role });
      },
      (err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status >= 400 && err.status < 500) {
          setState({ kind: "refused", status: err.status });
        } else {
          setState((old) => (old.kind === "pending" ? { kind: "known", role: "viewer" } : old));
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [mapId, key]);
  return state;
}
