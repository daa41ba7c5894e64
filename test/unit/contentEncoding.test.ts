import { describe, expect, it } from "vitest";
import { acceptedEncodings } from "../../server/http/contentEncoding";

const accepted = (header: string | undefined) => [...acceptedEncodings(header)].sort();

describe("Accept-Encoding (S62)", () => {
  it("[S62] takes the listed encodings, refuses q=0, reads * for those not named, and none without a header", () => {
    expect(accepted(undefined)).toEqual([]);
    expect(accepted("")).toEqual([]);
    expect(accepted("gzip, deflate, br, zstd")).toEqual(["br", "gzip"]);
    expect(accepted("gzip")).toEqual(["gzip"]);
    expect(accepted("br;q=0, gzip;q=0.5")).toEqual(["gzip"]);
    expect(accepted("BR ; Q=1")).toEqual(["br"]);
    expect(accepted("*")).toEqual(["br", "gzip"]);
    expect(accepted("*;q=0, gzip")).toEqual(["gzip"]);
    expect(accepted("br;q=0, *")).toEqual(["gzip"]);
    expect(accepted("identity")).toEqual([]);
    expect(accepted("gzip;q=nonsense, br;q=0.000")).toEqual([]);
    expect(accepted(",,; ,gzip;;")).toEqual(["gzip"]);
  });
});
