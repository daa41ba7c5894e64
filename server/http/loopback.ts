import { isIP } from "node:net";

/**
 * `true` when a socket's remote address is on this machine's loopback: 127.0.0.0/8, `::1`, or
 * an IPv4 loopback address mapped into IPv6 (`::ffff:127.x.y.z`), which is how a dual-stack
 * listener reports IPv4 peers. `/metrics` is served to these addresses only (api.md).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === "::1") return true;
  const v4 = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return isIP(v4) === 4 && v4.startsWith("127.");
}
