// The API key itself: `hpl_live_<id>_<secret>`.
//
//   hpl_live_   recognizable (secret scanners, logs, support) and versionable
//   <id>        8 random base32 characters; with hpl_live_ it is the key's
//               *prefix*, stored in clear to name the key in lists, logs and
//               `priceline apikey revoke <prefix>`. Not secret.
//   <secret>    32 random bytes (256 bits), base32: 52 characters.
//
// Only SHA-256 of the whole key is stored. A fast, unsalted hash is right here
// and would be wrong for passwords: slow, salted hashes (bcrypt, scrypt,
// argon2) exist to make guessing low-entropy human secrets expensive, but a
// 256-bit random secret cannot be guessed at any speed, and a deterministic
// hash is what lets the key be found by an index lookup (api_keys.key_hash is
// unique) instead of trying a slow hash against every row. A stolen table gives
// no usable key.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const API_KEY_PREFIX = "hpl_live_";
const ID_LENGTH = 8;
const SECRET_BYTES = 32;
const SECRET_LENGTH = Math.ceil((SECRET_BYTES * 8) / 5); // 52

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"; // RFC 4648 base32, lower case, no padding
const KEY_SHAPE = new RegExp(`^${API_KEY_PREFIX}([a-z2-7]{${ID_LENGTH}})_([a-z2-7]{${SECRET_LENGTH}})$`);
const PREFIX_SHAPE = new RegExp(`^${API_KEY_PREFIX}[a-z2-7]{${ID_LENGTH}}$`);

function base32(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export interface GeneratedKey {
  /** The whole key: shown to its creator once, never stored. */
  key: string;
  /** `hpl_live_<id>`: stored, shown in lists. */
  prefix: string;
  /** SHA-256 of `key`, hex: the only form of the secret that is stored. */
  hash: string;
}

export function generateApiKey(): GeneratedKey {
  const prefix = API_KEY_PREFIX + base32(randomBytes(5)).slice(0, ID_LENGTH);
  const key = `${prefix}_${base32(randomBytes(SECRET_BYTES)).slice(0, SECRET_LENGTH)}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The prefix of a well-formed key, or null when `key` is not shaped like one. */
export function parseApiKey(key: string): { prefix: string } | null {
  const match = KEY_SHAPE.exec(key);
  return match ? { prefix: `${API_KEY_PREFIX}${match[1]}` } : null;
}

export function isApiKeyPrefix(value: string): boolean {
  return PREFIX_SHAPE.test(value);
}

/** Compares two hex SHA-256 digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
}
