import { describe, expect, it } from "vitest";
import { newTotpSecret, totpCode, totpUri, verifyTotp } from "@/lib/security/totp";

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", last six of its eight digits.
const RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("gives RFC 6238's codes", () => {
    expect(totpCode(RFC_SEED, 59_000)).toBe("287082");
    expect(totpCode(RFC_SEED, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(RFC_SEED, 1_234_567_890_000)).toBe("005924");
  });

  it("accepts the current code and one step of clock drift, not two", () => {
    const now = 1_234_567_890_000;
    expect(verifyTotp(RFC_SEED, "005924", { now })).toBe(41152263);
    expect(verifyTotp(RFC_SEED, totpCode(RFC_SEED, now - 30_000), { now })).toBe(41152262);
    expect(verifyTotp(RFC_SEED, totpCode(RFC_SEED, now + 30_000), { now })).toBe(41152264);
    expect(verifyTotp(RFC_SEED, totpCode(RFC_SEED, now - 60_000), { now })).toBeNull();
    expect(verifyTotp(RFC_SEED, "000000", { now })).toBeNull();
  });

  it("refuses a code already used, or an older one, so an observed code cannot be replayed", () => {
    const now = 1_234_567_890_000;
    const step = verifyTotp(RFC_SEED, "005924", { now })!;
    expect(verifyTotp(RFC_SEED, "005924", { now, lastUsedStep: step })).toBeNull();
    expect(verifyTotp(RFC_SEED, totpCode(RFC_SEED, now - 30_000), { now, lastUsedStep: step })).toBeNull();
    expect(verifyTotp(RFC_SEED, totpCode(RFC_SEED, now + 30_000), { now, lastUsedStep: step })).toBe(step + 1);
  });

  it("takes a code typed with spaces, and nothing that is not six digits", () => {
    const now = 1_234_567_890_000;
    expect(verifyTotp(RFC_SEED, "005 924", { now })).not.toBeNull();
    expect(verifyTotp(RFC_SEED, "5924", { now })).toBeNull();
    expect(verifyTotp(RFC_SEED, "00592a", { now })).toBeNull();
  });

  it("makes distinct 160-bit seeds and an enrolment URI authenticator apps read", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    const uri = new URL(totpUri(a, "ana@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(uri.searchParams.get("secret")).toBe(a);
    expect(uri.searchParams.get("issuer")).toBe("Hospital Priceline");
    expect(decodeURIComponent(uri.pathname)).toBe("/Hospital Priceline:ana@example.org");
  });
});
