// `Authorization: Bearer <key>` → the key's organization, id and scopes, or a
// precise reason why not.
//
// The organization is what the key tells us, so the lookup happens before any
// organization is known, and api_keys is under forced row-level security: a
// tenant connection (withTenant) would see no row at all. It runs in
// withPlatform, the path ADR 8 sets aside for exactly this ("resolving an API
// key … to its organization"): one short transaction on the owner's connection
// switched to priceline_platform, which reaches only the identity and tenancy
// tables and can still not touch the audit log. Why not a SECURITY DEFINER
// function callable by priceline_app instead: it would only narrow what this
// one query can reach, while the process that runs it holds the owner's
// connection anyway (ADR 8's trust boundary is SQL on tenant connections, not
// this server code); and the lookup here is one parameterized query by the
// key's hash that returns one row or none. Everything the key then does in its
// organization goes through withTenant(organizationId).
//
// Lookup by hash, then a constant-time comparison: the index lookup compares
// hashes, not the secret; its timing could at most tell an attacker how many
// leading hash bytes of their own guess match some stored hash, which does not
// help find a preimage of a 256-bit random secret. The timingSafeEqual after it
// keeps the decision itself free of early exits.
import { withPlatform } from "../tenancy";
import type { ApiKeyScope } from "./scopes";
import { hashApiKey, parseApiKey, sameHash } from "./secret";

export interface ApiKeyPrincipal {
  organizationId: string;
  keyId: string;
  prefix: string;
  scopes: string[];
}

export type ApiKeyFailure =
  /** The Authorization header is not `Bearer <key>` with a key of our shape. */
  | "malformed"
  /** Well-formed, but no such key (never issued, mistyped, or a real prefix with a forged secret). */
  | "unknown"
  | "revoked"
  | "missing_scope";

export type AuthenticationResult =
  | { ok: true; principal: ApiKeyPrincipal }
  | { ok: false; failure: ApiKeyFailure; prefix?: string };

/** lastUsedAt is written at most this often per key (the read tells us when it was last written). */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The key in an Authorization header value, or null when it is not `Bearer <token>`. */
export function bearerToken(header: string): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header.trim());
  return match ? match[1]! : null;
}

/**
 * Checks a presented key (the token of an Authorization: Bearer header) and, if
 * `scope` is given, that the key has it. Malformed keys are refused without a
 * database round trip.
 */
export async function authenticateApiKey(
  token: string,
  scope?: ApiKeyScope,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const parsed = parseApiKey(token);
  if (!parsed) return { ok: false, failure: "malformed" };
  const hash = hashApiKey(token);
  const row = await withPlatform(async (db) => {
    const found = await db.apiKey.findUnique({
      where: { keyHash: hash },
      select: { id: true, organizationId: true, prefix: true, keyHash: true, scopes: true, revokedAt: true, lastUsedAt: true },
    });
    if (!found || found.revokedAt || !sameHash(found.keyHash, hash) || found.prefix !== parsed.prefix) return found;
    // At most one write per key per LAST_USED_RESOLUTION_MS: the row just read says when the
    // last one was; the condition keeps concurrent requests (or other instances) from repeating it.
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await db.apiKey.updateMany({
        where: {
          id: found.id,
          OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
        },
        data: { lastUsedAt: now },
      });
    }
    return found;
  });
  if (!row || !sameHash(row.keyHash, hash) || row.prefix !== parsed.prefix) {
    return { ok: false, failure: "unknown", prefix: parsed.prefix };
  }
  if (row.revokedAt) return { ok: false, failure: "revoked", prefix: row.prefix };
  const principal = { organizationId: row.organizationId, keyId: row.id, prefix: row.prefix, scopes: row.scopes };
  if (scope && !row.scopes.includes(scope)) return { ok: false, failure: "missing_scope", prefix: row.prefix };
  return { ok: true, principal };
}
