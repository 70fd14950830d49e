// Creating, listing and revoking an organization's API keys. Everything here
// runs in withTenant(organizationId): row-level security confines it to that
// organization's keys (docs/adr/0008), so a forged key id or prefix of another
// organization finds nothing. The caller must have established that the actor
// may manage the organization's keys (an admin's session, or an operator at the
// command line).
import { withTenant } from "../tenancy";
import { appendApiKeyAudit, type AuditContext } from "./audit";
import { DEFAULT_API_KEY_SCOPES, normalizeScopes, type ApiKeyScope } from "./scopes";
import { generateApiKey } from "./secret";
import { isUuid } from "../tenancy/roles";

/** A key as lists show it: never the secret nor its hash. */
export interface ApiKeySummary {
  id: string;
  organizationId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  createdById: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface CreatedApiKey extends ApiKeySummary {
  /** The whole key. This is the only time it exists outside its holder's hands. */
  key: string;
}

const SUMMARY = {
  id: true,
  organizationId: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  createdById: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;


export class ApiKeyError extends Error {
  override name = "ApiKeyError";
  constructor(
    readonly code: "invalid_name" | "invalid_scope" | "not_found" | "ambiguous",
    message: string,
  ) {
    super(message);
  }
}

export interface CreateApiKeyInput extends AuditContext {
  name: string;
  scopes?: readonly string[];
}

export async function createApiKey(organizationId: string, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new ApiKeyError("invalid_name", "An API key needs a name of 1 to 100 characters.");
  let scopes: ApiKeyScope[];
  try {
    scopes = normalizeScopes(input.scopes ?? DEFAULT_API_KEY_SCOPES);
  } catch (error) {
    throw new ApiKeyError("invalid_scope", (error as Error).message);
  }
  const { key, prefix, hash } = generateApiKey();
  const row = await withTenant(organizationId, async (db) => {
    const created = await db.apiKey.create({
      data: { organizationId, name, prefix, keyHash: hash, scopes, createdById: input.actorUserId ?? null },
      select: SUMMARY,
    });
    await appendApiKeyAudit(db, organizationId, "api_key.created", created, input, { name, scopes });
    return created;
  });
  return { ...row, key };
}

/** The organization's keys, newest first, revoked ones included (they show when they were revoked). */
export async function listApiKeys(organizationId: string): Promise<ApiKeySummary[]> {
  return withTenant(organizationId, (db) =>
    db.apiKey.findMany({ select: SUMMARY, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
  );
}

export interface RevokeResult {
  key: ApiKeySummary;
  /** False when the key had been revoked before (nothing changed, no audit row). */
  revoked: boolean;
}

/**
 * Revokes the organization's key with this prefix (or id). Effective for the
 * next request: authentication reads revoked_at every time. Revoking a revoked
 * key changes nothing.
 */
export async function revokeApiKey(
  organizationId: string,
  which: { prefix: string } | { id: string },
  context: AuditContext = {},
): Promise<RevokeResult> {
  return withTenant(organizationId, async (db) => {
    const label = "id" in which ? which.id : which.prefix;
    if ("id" in which && !isUuid(which.id)) throw new ApiKeyError("not_found", `No API key ${label} in this organization.`);
    const where = "id" in which ? { id: which.id } : { prefix: which.prefix };
    const found = await db.apiKey.findMany({ where, select: SUMMARY, take: 2 });
    if (found.length === 0) throw new ApiKeyError("not_found", `No API key ${label} in this organization.`);
    if (found.length > 1) throw new ApiKeyError("ambiguous", `More than one API key has the prefix ${label}; revoke it by id.`);
    const key = found[0]!;
    if (key.revokedAt) return { key, revoked: false };
    // The revoked_at IS NULL condition makes a concurrent second revocation a no-op.
    const { count } = await db.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
    const updated = await db.apiKey.findUniqueOrThrow({ where: { id: key.id }, select: SUMMARY });
    if (count === 0) return { key: updated, revoked: false };
    await appendApiKeyAudit(db, organizationId, "api_key.revoked", updated, context, { name: updated.name });
    return { key: updated, revoked: true };
  });
}
