import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { deriveKeys, participantKeyOf } from "../shared/keys/deriveKeys";
import type { KeyHashes } from "./storage/Storage";
import type { Role } from "./sync/RoomSocket";

/** A map's three stored keys, as handed out once at creation or rotation. */
export interface MapKeys {
  readonly ownerKey: string;
  readonly editKey: string;
  readonly viewKey: string;
}

/** 24 random bytes = 192 bits, base64url (32 characters). api.md asks for at least 128 bits. */
const KEY_BYTES = 24;

/** A new random map id: 16 bytes (128 bits) base64url, 22 characters of `[A-Za-z0-9_-]`. */
export function newMapId(): string {
  return randomBytes(16).toString("base64url");
}

/** HMAC-SHA-256 with node:crypto, for the shared key derivation. */
export function hmacSha256(key: string, message: string): Uint8Array {
  return createHmac("sha256", key).update(message, "utf8").digest();
}

/**
 * Fresh keys (A6): a random owner key of 192 bits, and the edit and view keys derived from it
 * (S22), so the owner's page can always compute the links it shares.
 */
export function newKeys(): MapKeys {
  const ownerKey = randomBytes(KEY_BYTES).toString("base64url");
  return { ownerKey, ...deriveKeys(ownerKey, hmacSha256) };
}

/**
 * SHA-256 of a key, hex. A plain fast hash is right here (S11): the keys are 192 random bits,
 * not passwords a person chose, so there is no dictionary to try and a slow KDF (bcrypt,
 * scrypt) would add nothing but CPU time on every socket and request.
 */
export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function hashKeys(keys: MapKeys): KeyHashes {
  return { owner: hashKey(keys.ownerKey), editor: hashKey(keys.editKey), viewer: hashKey(keys.viewKey) };
}

/** `true` when `key` hashes to `hash`, compared in constant time (S11). */
export function keyMatchesHash(key: string, hash: string): boolean {
  return sameHash(hashKey(key), hash);
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The participant key of a map whose owner key hashes to `ownerHash` (P1). */
export function participantKey(ownerHash: string): string {
  return participantKeyOf(ownerHash, hmacSha256);
}

/**
 * The role a presented key grants on a map with `hashes`, or `null` for a wrong key. The key is
 * hashed and compared with all three hashes and with the hash of the participant key derived
 * from the owner hash (P1), in constant time, every time (S11), so neither the answer nor which
 * role matched shows in the timing.
 */
export function roleForKey(key: string, hashes: KeyHashes): Role | null {
  const h = hashKey(key);
  const owner = sameHash(h, hashes.owner);
  const editor = sameHash(h, hashes.editor);
  const viewer = sameHash(h, hashes.viewer);
  const participant = sameHash(h, hashKey(participantKey(hashes.owner)));
  return owner ? "owner" : editor ? "editor" : participant ? "participant" : viewer ? "viewer" : null;
}
