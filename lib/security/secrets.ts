// Tenant secrets at rest (an organization's OIDC client secret, a user's TOTP seed): sealed with
// AES-256-GCM under a key from the environment, never stored in the clear.
//
// SECRETS_KEYS holds one or more keys, "id:base64-of-32-bytes", comma-separated; the first seals,
// all of them open, so a key is rotated by putting the new one first and re-sealing at leisure.
// Each sealed value is bound to a context (what it is and whose: "sso.client_secret:<org id>"),
// so a value copied into another row or organization does not open there.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const VERSION = "v1";
// Only for development and tests: a fixed key anyone can read, refused in production.
const DEVELOPMENT_KEY = { id: "dev", key: createHash("sha256").update("hospital-priceline development secrets key").digest() };

interface SecretsKey {
  id: string;
  key: Buffer;
}

export class SecretsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretsConfigError";
  }
}

export function parseSecretsKeys(value: string | undefined, env: NodeJS.ProcessEnv = process.env): SecretsKey[] {
  if (!value?.trim()) {
    if (env.NODE_ENV === "production") {
      throw new SecretsConfigError("SECRETS_KEYS is not set: production needs its own key (id:base64 of 32 random bytes) to seal tenant secrets.");
    }
    return [DEVELOPMENT_KEY];
  }
  return value.split(",").map((entry, i) => {
    const [id, encoded, extra] = entry.trim().split(":");
    const key = encoded ? Buffer.from(encoded, "base64") : Buffer.alloc(0);
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || extra !== undefined || key.length !== 32) {
      throw new SecretsConfigError(`SECRETS_KEYS entry ${i + 1} must be "id:base64 of 32 bytes" (id of letters, digits, - or _).`);
    }
    return { id, key };
  });
}

const keys = () => parseSecretsKeys(process.env.SECRETS_KEYS);

/** Seals `plaintext` for `context`: "v1:<key id>:<iv>:<ciphertext and tag>", base64url parts. */
export function sealSecret(plaintext: string, context: string, ring: SecretsKey[] = keys()): string {
  const { id, key } = ring[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, id, iv.toString("base64url"), sealed.toString("base64url")].join(":");
}

/** Opens a value sealed for `context`; throws when it was sealed for another context, altered, or under an unknown key. */
export function openSecret(sealed: string, context: string, ring: SecretsKey[] = keys()): string {
  const [version, id, iv, body, extra] = sealed.split(":");
  if (version !== VERSION || !id || !iv || !body || extra !== undefined) throw new Error("Not a sealed secret.");
  const entry = ring.find((k) => k.id === id);
  if (!entry) throw new Error(`The secret was sealed under key "${id}", which SECRETS_KEYS no longer holds.`);
  const data = Buffer.from(body, "base64url");
  if (data.length < 16) throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", entry.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("The secret does not open: altered, or sealed for something else.");
  }
}

/** True when the value was sealed under another key than the current one (to re-seal after a rotation). */
export function needsResealing(sealed: string, ring: SecretsKey[] = keys()): boolean {
  return sealed.split(":")[1] !== ring[0]!.id;
}
