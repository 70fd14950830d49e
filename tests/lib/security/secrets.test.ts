import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { needsResealing, openSecret, parseSecretsKeys, sealSecret, SecretsConfigError } from "@/lib/security/secrets";

const key = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;

describe("tenant secrets at rest", () => {
  const ring = parseSecretsKeys(key("k1"));

  it("seals a secret so that it is not readable, and opens it for the same context", () => {
    const sealed = sealSecret("client-secret-123", "sso.client_secret:org-a", ring);
    expect(sealed).toMatch(/^v1:k1:[\w-]+:[\w-]+$/);
    expect(sealed).not.toContain("client-secret-123");
    expect(sealSecret("client-secret-123", "sso.client_secret:org-a", ring)).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, "sso.client_secret:org-a", ring)).toBe("client-secret-123");
  });

  it("does not open for another organization or field, nor once altered", () => {
    const sealed = sealSecret("client-secret-123", "sso.client_secret:org-a", ring);
    expect(() => openSecret(sealed, "sso.client_secret:org-b", ring)).toThrow(/does not open/);
    expect(() => openSecret(sealed, "totp:org-a", ring)).toThrow(/does not open/);
    const parts = sealed.split(":");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(() => openSecret([...parts.slice(0, 3), body.toString("base64url")].join(":"), "sso.client_secret:org-a", ring)).toThrow(/does not open/);
    expect(() => openSecret("plain text", "sso.client_secret:org-a", ring)).toThrow(/Not a sealed secret/);
  });

  it("rotates keys: the first seals, the older ones still open, and says what to re-seal", () => {
    const old = sealSecret("s", "ctx", ring);
    const rotated = [...parseSecretsKeys(key("k2")), ...ring];
    expect(openSecret(old, "ctx", rotated)).toBe("s");
    expect(needsResealing(old, rotated)).toBe(true);
    expect(needsResealing(sealSecret("s", "ctx", rotated), rotated)).toBe(false);
    expect(() => openSecret(old, "ctx", parseSecretsKeys(key("k3")))).toThrow(/key "k1"/);
  });

  it("refuses malformed keys, and a missing key in production", () => {
    expect(() => parseSecretsKeys("k1:short")).toThrow(SecretsConfigError);
    expect(() => parseSecretsKeys(`bad id:${randomBytes(32).toString("base64")}`)).toThrow(/entry 1/);
    expect(() => parseSecretsKeys(undefined, { NODE_ENV: "production" })).toThrow(/SECRETS_KEYS is not set/);
    expect(parseSecretsKeys(undefined, { NODE_ENV: "test" })[0]!.id).toBe("dev");
  });
});
