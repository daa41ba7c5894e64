import { useEffect, useState } from "react";
import { deriveKeysAsync, type DerivedKeys } from "../../shared/keys/deriveKeys";
import { getMapInfo } from "../api/api";

/** HMAC-SHA-256 with WebCrypto (only in a secure context: https, localhost). */
async function hmacSha256(key: string, message: string): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey("raw", enc.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, enc.encode(message)));
}

/**
 * The edit and view keys an owner's page can compute from the owner key (API-RULES.md S22), once
 * the server confirmed that this map's keys are derived (maps made before S22 keep their random
 * keys until the owner replaces them): `undefined` while checking, `null` when they are not
 * derived, WebCrypto is missing (a plain-http address other than localhost), or `ownerKey` is
 * not the owner key.
 */
export function useDerivedKeys(mapId: string, ownerKey: string, isOwner: boolean): DerivedKeys | null | undefined {
  const [result, setResult] = useState<{ for: string; keys: DerivedKeys | null } | null>(null);
  const id = `${mapId}#${ownerKey}`;
  useEffect(() => {
    if (!isOwner || typeof crypto === "undefined" || !crypto.subtle) return;
    let live = true;
    void (async () => {
      let keys: DerivedKeys | null;
      try {
        const derived = await deriveKeysAsync(ownerKey, hmacSha256);
        const info = await getMapInfo(mapId, derived.viewKey);
        keys = info.role === "viewer" ? derived : null;
      } catch {
        keys = null;
      }
      if (live) setResult({ for: id, keys });
    })();
    return () => {
      live = false;
    };
  }, [id, mapId, ownerKey, isOwner]);
  if (!isOwner || typeof crypto === "undefined" || !crypto.subtle) return null;
  return result?.for === id ? result.keys : undefined;
}
