/**
 * New entity ids. shared/ has no randomness of its own: callers pass random bytes
 * (`crypto.getRandomValues(new Uint8Array(16))` in the page, `randomBytes(16)` on the server).
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** How many random bytes {@link newId} uses: one per character. */
export const ID_BYTES = 16;

/**
 * A 16-character base-62 id (about 95 bits) made from the first 16 of `randomBytes`; matches
 * the format's id pattern. Bytes 248..255 are folded onto the alphabet like the rest, which
 * skews the distribution by a hair but keeps the function total and pure.
 */
export function newId(randomBytes: Uint8Array): string {
  if (randomBytes.length < ID_BYTES) throw new RangeError(`newId needs ${ID_BYTES} random bytes, got ${randomBytes.length}`);
  let id = "";
  for (let i = 0; i < ID_BYTES; i++) id += ALPHABET[(randomBytes[i] as number) % ALPHABET.length];
  return id;
}
