/** API-RULES.md S30: edit and view keys derived from the owner key, one rule for server and page. */
import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64url, deriveKeys, deriveKeysAsync, KEY_LABELS } from "../../shared/keys/deriveKeys";
import { hashKeys, newKeys, roleForKey } from "../../server/keys";
import { checkProperty } from "../support/checkProperty";
import { testSeed } from "../support/seed";

const nodeHmac = (key: string, message: string) => createHmac("sha256", key).update(message).digest();

describe("derived keys", () => {
  it("[S30] base64url writes what Node writes, for every length", () => {
    checkProperty(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    }), testSeed(30), 500);
  });

  it("[S30] the edit and view keys are the HMAC of the owner key with their labels; sync and async agree", async () => {
    const owner = randomBytes(24).toString("base64url");
    const keys = deriveKeys(owner, nodeHmac);
    expect(keys.editKey).toBe(createHmac("sha256", owner).update(KEY_LABELS.editKey).digest("base64url"));
    expect(keys.viewKey).toBe(createHmac("sha256", owner).update(KEY_LABELS.viewKey).digest("base64url"));
    expect(keys.editKey).toHaveLength(43);
    expect(keys.editKey).not.toBe(keys.viewKey);
    expect(await deriveKeysAsync(owner, async (k, m) => nodeHmac(k, m))).toEqual(keys);
  });

  it("[S30][A6][A8] new keys: a random owner key, derived edit and view keys, each opening its role by hash", () => {
    const a = newKeys();
    const b = newKeys();
    expect(a.ownerKey).not.toBe(b.ownerKey);
    expect(deriveKeys(a.ownerKey, nodeHmac)).toEqual({ editKey: a.editKey, viewKey: a.viewKey });
    const hashes = hashKeys(a);
    expect(roleForKey(a.ownerKey, hashes)).toBe("owner");
    expect(roleForKey(a.editKey, hashes)).toBe("editor");
    expect(roleForKey(a.viewKey, hashes)).toBe("viewer");
    expect(Object.values(hashes)).not.toContain(a.ownerKey);
  });
});
