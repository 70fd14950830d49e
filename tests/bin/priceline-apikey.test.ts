// The operators' command line for API keys, end to end:
// `npm run priceline -- apikey create|list|revoke`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiKey } from "../../lib/apikeys";
import { disconnectPrisma } from "../../lib/db/client";
import { closeTenantConnections } from "../../lib/tenancy";
import { testDatabaseUrl, withClient } from "../support/db";
import { createTestOrganization, deleteTestOrganizations, type TestOrganization } from "../support/organizations";

function priceline(...args: string[]) {
  const run = spawnSync("npm", ["run", "--silent", "priceline", "--", "apikey", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
    timeout: 60_000,
  });
  const lines = run.stdout.trim().split("\n");
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, last: lines[lines.length - 1] ?? "" };
}

let A: TestOrganization;
let B: TestOrganization;

beforeAll(async () => {
  A = await createTestOrganization("Cli");
  B = await createTestOrganization("Other");
});

afterAll(async () => {
  await deleteTestOrganizations([A.id, B.id]);
  await closeTenantConnections();
  await disconnectPrisma();
});

describe("priceline apikey", () => {
  it("creates a key shown once, lists it without the secret, revokes it, and audits both", async () => {
    const created = priceline("create", "--org", A.slug, "--name", "Nightly export", "--scope", "search:read", "--json");
    expect(created.code, created.stderr).toBe(0);
    const { key, prefix, id, organization, scopes } = JSON.parse(created.last);
    expect(key).toMatch(/^hpl_live_[a-z2-7]{8}_[a-z2-7]{52}$/);
    expect(organization).toBe(A.slug);
    expect(scopes).toEqual(["search:read"]);
    const stored = await withClient((c) => c.query(`SELECT organization_id, key_hash FROM api_keys WHERE id = $1`, [id]));
    expect(stored.rows).toEqual([{ organization_id: A.id, key_hash: createHash("sha256").update(key).digest("hex") }]);
    expect((await authenticateApiKey(key, "search:read")).ok).toBe(true);

    const human = priceline("create", "--org", A.slug, "--name", "Human readable");
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("shown only this once");
    expect(human.last).toMatch(/^hpl_live_[a-z2-7]{8}_[a-z2-7]{52}$/);

    const listed = priceline("list", "--org", A.slug, "--json");
    expect(listed.code).toBe(0);
    const keys = JSON.parse(listed.last);
    expect(keys.map((k: { name: string }) => k.name).sort()).toEqual(["Human readable", "Nightly export"]);
    expect(listed.stdout).not.toContain(key.slice(prefix.length + 1));
    expect(keys.every((k: object) => !("key" in k) && !("keyHash" in k))).toBe(true);
    const text = priceline("list", "--org", A.slug);
    expect(text.stdout).toContain(`${prefix}  Nightly export  [search:read]`);
    expect(text.stdout).toContain("last used");

    // Organization B has none of them.
    expect(JSON.parse(priceline("list", "--org", B.slug, "--json").last)).toEqual([]);
    // Naming the wrong organization does not revoke another's key.
    const wrongOrg = priceline("revoke", prefix, "--org", B.slug);
    expect(wrongOrg.code).toBe(1);
    expect(wrongOrg.stderr).toContain(`No API key ${prefix} in ${B.slug}`);

    const revoked = priceline("revoke", prefix);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Revoked ${prefix}`);
    expect(await authenticateApiKey(key)).toMatchObject({ ok: false, failure: "revoked" });
    expect(priceline("revoke", prefix).stdout).toContain("Already revoked");

    const audit = await withClient((c) =>
      c.query(`SELECT action, actor_user_id, user_agent, metadata->>'keyId' AS key_id FROM audit_log WHERE organization_id = $1 AND target = $2 ORDER BY id`, [A.id, prefix]),
    );
    expect(audit.rows).toEqual([
      { action: "api_key.created", actor_user_id: null, user_agent: "priceline-cli", key_id: id },
      { action: "api_key.revoked", actor_user_id: null, user_agent: "priceline-cli", key_id: id },
    ]);
  });

  it("exits 1 for an unknown organization or key, 2 on bad usage", () => {
    const noOrg = priceline("list", "--org", "no-such-organization");
    expect(noOrg.code).toBe(1);
    expect(noOrg.stderr).toContain('No organization with the slug "no-such-organization"');
    expect(priceline("revoke", "hpl_live_aaaaaaaa").code).toBe(1);

    const badScope = priceline("create", "--org", A.slug, "--name", "x", "--scope", "everything");
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toContain('Unknown API key scope "everything"');

    for (const args of [["create", "--org", A.slug], ["revoke", "not-a-prefix"], ["frobnicate"], []]) {
      const run = priceline(...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain("Usage: npm run priceline -- apikey");
    }
  });
});
