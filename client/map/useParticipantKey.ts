import { useEffect, useState } from "react";
import { getParticipantKey } from "../api/api";

/**
 * The map's participant key (API-RULES.md P1) for an owner or editor: asked from the server,
 * which derives it from the owner key's stored hash, so any editor on any device can share it.
 * `null` for other roles, while asking, or when the server refuses.
 */
export function useParticipantKey(mapId: string, key: string, canShare: boolean): string | null {
  const [result, setResult] = useState<{ for: string; key: string | null } | null>(null);
  const id = `${mapId}#${key}`;
  useEffect(() => {
    if (!canShare) return;
    let live = true;
    getParticipantKey(mapId, key).then(
      (r) => live && setResult({ for: id, key: r.participantKey }),
      () => live && setResult({ for: id, key: null }),
    );
    return () => {
      live = false;
    };
  }, [id, mapId, key, canShare]);
  return canShare && result?.for === id ? result.key : null;
}
