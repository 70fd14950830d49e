// lib/apikeys on the real database: keys are stored only as hashes, scoped to
// their organization by row-level security, revocable, audited.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "../../../lib/db/client";
import {
  API_KEY_PREFIX,
  ApiKeyError,
  LAST_USED_RESOLUTION_MS,
  authenticateApiKey,
  bearerToken,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from "../../../lib/apikeys";
import { closeTenantConnections } from "../../../lib/tenancy";
import { withClient } from "../../support/db";
import { createTestOrganization, createTestUser, deleteTestOrganizations, type TestOrganization } from "../../support/organizations";

let A: TestOrganization;
let B: TestOrganization;
let admin: string;

beforeAll(async () => {
  A = await createTestOrganization("Alpha");
  B = await createTestOrganization("Beta");
  admin = await createTestUser("admin");
});

afterAll(async () => {
  await deleteTestOrganizations([A.id, B.id]);
  await closeTenantConnections();
  await disconnectPrisma();
});

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function keyRow(id: string) {
  const { rows } = await withClient((c) => c.query(`SELECT * FROM api_keys WHERE id = $1`, [id]));
  return rows[0];
}

async function auditRows(orgId: string, target: string) {
  const { rows } = await withClient((c) =>
    c.query(`SELECT action, actor_user_id, host(ip) AS ip, user_agent, metadata FROM audit_log WHERE organization_id = $1 AND target = $2 ORDER BY id`, [
      orgId,
      target,
    ]),
  );
  return rows;
}

describe("createApiKey", () => {
  it("returns the key once and stores only its SHA-256 hash", async () => {
    const created = await createApiKey(A.id, { name: "  Claims pipeline ", actorUserId: admin, ip: "203.0.113.9", userAgent: "vitest" });
    expect(created.key).toMatch(/^hpl_live_[a-z2-7]{8}_[a-z2-7]{52}$/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    expect(created).toMatchObject({ organizationId: A.id, name: "Claims pipeline", scopes: ["search:read"], createdById: admin, lastUsedAt: null, revokedAt: null });
    expect(created).not.toHaveProperty("keyHash");

    const row = await keyRow(created.id);
    expect(row.key_hash).toBe(sha256(created.key));
    // The secret appears in no column.
    const secret = created.key.slice(created.prefix.length + 1);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.prefix).toBe(created.prefix);

    expect(await auditRows(A.id, created.prefix)).toEqual([
      {
        action: "api_key.created",
        actor_user_id: admin,
        ip: "203.0.113.9",
        user_agent: "vitest",
        metadata: { keyId: created.id, name: "Claims pipeline", scopes: ["search:read"] },
      },
    ]);
  });

  it("makes a different key every time", async () => {
    const [one, two] = await Promise.all([createApiKey(A.id, { name: "one" }), createApiKey(A.id, { name: "two" })]);
    expect(one.key).not.toBe(two.key);
    expect(one.prefix).not.toBe(two.prefix);
  });

  it("refuses unknown scopes, no scopes and empty names", async () => {
    await expect(createApiKey(A.id, { name: "x", scopes: ["search:write"] })).rejects.toMatchObject({ code: "invalid_scope" });
    await expect(createApiKey(A.id, { name: "x", scopes: [] })).rejects.toMatchObject({ code: "invalid_scope" });
    await expect(createApiKey(A.id, { name: "  " })).rejects.toBeInstanceOf(ApiKeyError);
  });
});

describe("authenticateApiKey", () => {
  it("resolves a key to its organization, id and scopes", async () => {
    const created = await createApiKey(B.id, { name: "auth" });
    const result = await authenticateApiKey(created.key, "search:read");
    expect(result).toEqual({
      ok: true,
      principal: { organizationId: B.id, keyId: created.id, prefix: created.prefix, scopes: ["search:read"] },
    });
  });

  it("tells malformed, unknown, forged and revoked keys apart", async () => {
    const created = await createApiKey(B.id, { name: "victim" });
    const other = await createApiKey(B.id, { name: "other" });
    const secret = created.key.slice(created.prefix.length + 1);
    for (const malformed of ["", "hpl_live_", "sk_live_abc", created.key.toUpperCase(), `${created.key}x`, created.key.slice(0, -1), ` ${created.key}`]) {
      expect(await authenticateApiKey(malformed), malformed).toEqual({ ok: false, failure: "malformed" });
    }
    // Well-formed but never issued.
    const unknown = `${API_KEY_PREFIX}aaaaaaaa_${"a".repeat(52)}`;
    expect(await authenticateApiKey(unknown)).toMatchObject({ ok: false, failure: "unknown" });
    // A real prefix with a made-up secret, and a real secret under another key's prefix.
    expect(await authenticateApiKey(`${created.prefix}_${"b".repeat(52)}`)).toMatchObject({ ok: false, failure: "unknown" });
    expect(await authenticateApiKey(`${other.prefix}_${secret}`)).toMatchObject({ ok: false, failure: "unknown" });

    await revokeApiKey(B.id, { prefix: created.prefix });
    expect(await authenticateApiKey(created.key)).toEqual({ ok: false, failure: "revoked", prefix: created.prefix });
    expect((await authenticateApiKey(other.key)).ok).toBe(true);
  });

  it("refuses a key without the scope asked for", async () => {
    const created = await createApiKey(A.id, { name: "scoped" });
    // A scope this key does not have (keys from before a scope existed look like this).
    await withClient((c) => c.query(`UPDATE api_keys SET scopes = '{}' WHERE id = $1`, [created.id]));
    expect(await authenticateApiKey(created.key, "search:read")).toEqual({ ok: false, failure: "missing_scope", prefix: created.prefix });
    expect((await authenticateApiKey(created.key)).ok).toBe(true);
  });

  it("records the last use at most once a minute", async () => {
    const created = await createApiKey(A.id, { name: "usage" });
    const t0 = new Date("2030-01-01T00:00:00Z");
    await authenticateApiKey(created.key, "search:read", t0);
    expect((await keyRow(created.id)).last_used_at).toEqual(t0);
    await authenticateApiKey(created.key, "search:read", new Date(t0.getTime() + 30_000));
    expect((await keyRow(created.id)).last_used_at).toEqual(t0);
    const t1 = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS);
    await authenticateApiKey(created.key, "search:read", t1);
    expect((await keyRow(created.id)).last_used_at).toEqual(t1);
    expect((await listApiKeys(A.id)).find((k) => k.id === created.id)?.lastUsedAt).toEqual(t1);
  });
});

describe("bearerToken", () => {
  it("takes the token of a Bearer header only", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
  });
});

describe("listApiKeys and revokeApiKey", () => {
  it("list the organization's keys without secrets, revoked ones with their time", async () => {
    const org = await createTestOrganization("Lister");
    try {
      const first = await createApiKey(org.id, { name: "first" });
      const second = await createApiKey(org.id, { name: "second" });
      const { key } = await revokeApiKey(org.id, { id: first.id }, { actorUserId: admin, ip: "2001:db8::1", userAgent: "vitest" });
      expect(key.revokedAt).toBeInstanceOf(Date);
      const keys = await listApiKeys(org.id);
      expect(keys.map((k) => k.name).sort()).toEqual(["first", "second"]);
      for (const k of keys) {
        expect(Object.keys(k).sort()).toEqual(["createdAt", "createdById", "id", "lastUsedAt", "name", "organizationId", "prefix", "revokedAt", "scopes"]);
      }
      expect(JSON.stringify(keys)).not.toContain(first.key.slice(18));
      expect(keys.find((k) => k.id === second.id)?.revokedAt).toBeNull();
      expect(keys.find((k) => k.id === first.id)?.revokedAt).toEqual(key.revokedAt);
      expect((await auditRows(org.id, first.prefix)).map((r) => [r.action, r.actor_user_id, r.ip, r.user_agent])).toEqual([
        ["api_key.created", null, null, null],
        ["api_key.revoked", admin, "2001:db8::1", "vitest"],
      ]);
    } finally {
      await deleteTestOrganizations([org.id]);
    }
  });

  it("revoking twice changes nothing the second time", async () => {
    const created = await createApiKey(A.id, { name: "twice" });
    expect((await revokeApiKey(A.id, { prefix: created.prefix })).revoked).toBe(true);
    const again = await revokeApiKey(A.id, { prefix: created.prefix });
    expect(again.revoked).toBe(false);
    expect((await auditRows(A.id, created.prefix)).map((r) => r.action)).toEqual(["api_key.created", "api_key.revoked"]);
  });

  it("never reach another organization's keys (row-level security)", async () => {
    const ofA = await createApiKey(A.id, { name: "A's key" });
    const ofB = await listApiKeys(B.id);
    expect(ofB.length).toBeGreaterThan(0);
    expect(ofB.every((k) => k.organizationId === B.id)).toBe(true);
    expect(ofB.map((k) => k.id)).not.toContain(ofA.id);

    // B's admin forging A's key by prefix or id finds nothing, and A's key keeps working.
    await expect(revokeApiKey(B.id, { prefix: ofA.prefix })).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeApiKey(B.id, { id: ofA.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeApiKey(B.id, { id: "not-a-uuid" })).rejects.toMatchObject({ code: "not_found" });
    expect((await keyRow(ofA.id)).revoked_at).toBeNull();
    expect((await authenticateApiKey(ofA.key, "search:read")).ok).toBe(true);
    // The audit log of B does not mention it either.
    expect(await auditRows(B.id, ofA.prefix)).toEqual([]);
  });

  it("an API key's principal is of its own organization only", async () => {
    const ofA = await createApiKey(A.id, { name: "principal" });
    const result = await authenticateApiKey(ofA.key);
    if (!result.ok) throw new Error("expected the key to authenticate");
    // What the key's organization sees, scoped by its principal, is A's keys only.
    const seen = await listApiKeys(result.principal.organizationId);
    expect(seen.every((k) => k.organizationId === A.id)).toBe(true);
    expect(seen.map((k) => k.id)).toContain(ofA.id);
    expect(result.principal.organizationId).not.toBe(B.id);
  });
});
