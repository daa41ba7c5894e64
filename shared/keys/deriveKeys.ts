/**
 * The edit and view keys of a map, derived from its owner key (API-RULES.md S22):
 * `editKey = base64url(HMAC-SHA-256(key = ownerKey, message = "baton.key.edit.v1"))`, and the
 * same with `"baton.key.view.v1"`. Whoever holds the owner key can always compute the other
 * links (an owner on another device can share them without replacing keys); holding an edit
 * or view key tells nothing about the owner key (HMAC is one-way). The server still stores only
 * hashes of the three keys. Pure: the HMAC is injected (node:crypto on the server, WebCrypto in
 * the page), so the rule lives in one place both sides share.
 */

/** The HMAC-SHA-256 of `message` under `key` (both UTF-8), 32 bytes. */
export type HmacSha256 = (key: string, message: string) => Uint8Array;
/** The same, for WebCrypto, which answers asynchronously. */
export type HmacSha256Async = (key: string, message: string) => Promise<Uint8Array>;

/** The message of each derived key; a new version of the rule gets new labels. */
export const KEY_LABELS = { editKey: "baton.key.edit.v1", viewKey: "baton.key.view.v1", participantKey: "baton.key.participant.v1" } as const;

/** The keys derived from an owner key. */
export interface DerivedKeys {
  readonly editKey: string;
  readonly viewKey: string;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** base64url without padding (RFC 4648 §5), as Node's `Buffer.toString("base64url")` writes it. */
export function base64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63]!;
    if (c !== undefined) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** The edit and view keys of `ownerKey` (S22). */
export function deriveKeys(ownerKey: string, hmac: HmacSha256): DerivedKeys {
  return { editKey: base64url(hmac(ownerKey, KEY_LABELS.editKey)), viewKey: base64url(hmac(ownerKey, KEY_LABELS.viewKey)) };
}

/** {@link deriveKeys} with an asynchronous HMAC (the page's WebCrypto). */
export async function deriveKeysAsync(ownerKey: string, hmac: HmacSha256Async): Promise<DerivedKeys> {
  const [edit, view] = await Promise.all([hmac(ownerKey, KEY_LABELS.editKey), hmac(ownerKey, KEY_LABELS.viewKey)]);
  return { editKey: base64url(edit), viewKey: base64url(view) };
}

/**
 * The participant key of a map (API-RULES.md P1): `base64url(HMAC-SHA-256(key = ownerHash,
 * message = "baton.key.participant.v1"))`, where `ownerHash` is the lowercase hex SHA-256 of
 * the owner key, exactly as the server stores it (A8). Keyed by the owner key's HASH rather than
 * the owner key, so the server can check a participant key against the hashes it already holds
 * (no new stored hash, no migration: every map has one at once, and replacing the keys, A22,
 * replaces it), and can hand it to an editor; the owner's page computes it too. Holding it tells
 * nothing about the owner key or its hash (HMAC is one-way).
 */
export function participantKeyOf(ownerHash: string, hmac: HmacSha256): string {
  return base64url(hmac(ownerHash, KEY_LABELS.participantKey));
}
