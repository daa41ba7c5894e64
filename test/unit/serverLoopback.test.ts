import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "../../server/http/loopback";

describe("the loopback rule of /metrics", () => {
  it("[A14] loopback addresses in IPv4, IPv6 and IPv4-mapped IPv6 form are on loopback", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "::FFFF:127.0.0.9"]) {
      expect(isLoopbackAddress(a), a).toBe(true);
    }
  });

  it("[A14] every other address, and no address, is not", () => {
    for (const a of [undefined, "", "10.0.0.1", "192.168.1.20", "::ffff:10.1.1.1", "fe80::1", "::", "0.0.0.0", "127.example", "::ffff:1270.0.0.1"]) {
      expect(isLoopbackAddress(a), String(a)).toBe(false);
    }
  });
});
