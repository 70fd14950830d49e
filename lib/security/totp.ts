// Time-based one-time passwords (RFC 6238) for two-factor sign-in, with the `otpauth` library:
// 6 digits, SHA-1 and 30-second steps, the defaults every authenticator app reads from a QR code.
import { Secret, TOTP } from "otpauth";

const ISSUER = "Hospital Priceline";
const PERIOD = 30;
const DIGITS = 6;

function totp(secret: string, account = "") {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: "SHA1", digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A new random seed (160 bits, base32), to be stored sealed (lib/security/secrets.ts). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app enrols from (shown as a QR code and as text). */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/**
 * Checks a code typed by the user. Accepts the current step and one on either side (clock drift),
 * and refuses a step at or before `lastUsedStep` so an observed code cannot be replayed. Returns
 * the step the code belongs to (store it as the new lastUsedStep), or null.
 */
export function verifyTotp(secret: string, code: string, options: { lastUsedStep?: number | null; now?: number } = {}): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const now = options.now ?? Date.now();
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (options.lastUsedStep !== undefined && options.lastUsedStep !== null && step <= options.lastUsedStep) return null;
  return step;
}

/** The code for a moment (tests, and a user's own enrolment check). */
export function totpCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
