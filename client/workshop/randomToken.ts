/** A random id of 22 characters from `[A-Za-z0-9_-]` (132 bits), from the browser's CSPRNG. */
export function randomToken(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  let out = "";
  for (const b of bytes) out += alphabet[b & 63];
  return out;
}
