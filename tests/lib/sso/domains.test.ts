// Domain claims and SSO enforcement against PostgreSQL with row-level security.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimDomain, DomainClaimError, setSsoRequired, ssoRequiredFor } from "@/lib/sso";
import { MembersError } from "@/lib/members";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { giveEnterprisePlan } from "../../support/organizations";

const run = randomUUID().slice(0, 8);
const domain = `alpha-${run}.example`;
const A = randomUUID();
const B = randomUUID();
const admin = { id: randomUUID(), email: `adam@${domain}` };
const viewer = { id: randomUUID(), email: `vic@${domain}` };
const betaAdmin = { id: randomUUID(), email: `bea@beta-${run}.example` };
const outsider = { id: randomUUID(), email: `otto-${run}@example.org` };
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof DomainClaimError || e instanceof MembersError ? e.code : Promise.reject(e)));

beforeAll(async () => {
  await withClient(async (c) => {
    for (const p of [admin, viewer, betaAdmin, outsider]) {
      await c.query("INSERT INTO users (id, email, email_verified, updated_at) VALUES ($1, $2, now(), now())", [p.id, p.email]);
      await c.query("INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 day', now())", [randomUUID(), p.id]);
    }
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `alpha-${run}`, B, `beta-${run}`]);
    await giveEnterprisePlan(A, B);
    await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'viewer'), ($4, $5, 'admin')", [A, admin.id, viewer.id, B, betaAdmin.id]);
  });
});

afterAll(() => closeTenantConnections());

const sessionsOf = (userId: string) => withClient(async (c) => (await c.query("SELECT 1 FROM sessions WHERE user_id = $1", [userId])).rowCount);

describe("domain claims", () => {
  it("need a verified address at the domain, an admin, and a domain nobody else holds", async () => {
    const verified = { userId: admin.id, email: admin.email, emailVerified: new Date() };
    expect(await codeOf(claimDomain(A, { ...verified, emailVerified: null }, domain))).toBe("not_proved");
    expect(await codeOf(claimDomain(A, verified, "other.example"))).toBe("not_proved");
    expect(await codeOf(claimDomain(A, { userId: admin.id, email: "adam@gmail.com", emailVerified: new Date() }, "gmail.com"))).toBe("public_domain");
    expect(await codeOf(claimDomain(A, verified, "not a domain"))).toBe("invalid_domain");
    expect(await codeOf(claimDomain(A, { userId: viewer.id, email: viewer.email, emailVerified: new Date() }, domain))).toBe("forbidden");
    expect(await claimDomain(A, verified, `@${domain.toUpperCase()}`)).toMatchObject({ domain });
    // Beta's admin with an address there still cannot take it.
    await withClient((c) => c.query("UPDATE users SET email = $2 WHERE id = $1", [betaAdmin.id, `bea@${domain}`]));
    expect(await codeOf(claimDomain(B, { userId: betaAdmin.id, email: `bea@${domain}`, emailVerified: new Date() }, domain))).toBe("claimed_elsewhere");
    await withClient((c) => c.query("UPDATE users SET email = $2 WHERE id = $1", [betaAdmin.id, betaAdmin.email]));
  });
});

describe("requiring SSO", () => {
  it("needs an enabled identity provider first", async () => {
    expect(await codeOf(setSsoRequired(A, admin.id, true))).toBe("no_sso");
    expect(await ssoRequiredFor(viewer.email)).toBeNull();
  });

  it("sends the domain's people to the organization's provider and ends their other sessions only", async () => {
    await withClient((c) => c.query("INSERT INTO sso_connections (organization_id, kind, issuer, client_id, enabled, updated_at) VALUES ($1, 'oidc', 'https://idp.example', 'c', true, now())", [A]));
    expect(await codeOf(setSsoRequired(A, viewer.id, true))).toBe("forbidden");
    expect(await codeOf(setSsoRequired(B, admin.id, true))).toBe("forbidden");
    const { endedSessions } = await setSsoRequired(A, admin.id, true);
    expect(endedSessions).toBe(2);
    expect(await sessionsOf(admin.id)).toBe(0);
    expect(await sessionsOf(viewer.id)).toBe(0);
    expect(await sessionsOf(outsider.id)).toBe(1);
    expect(await ssoRequiredFor(`New.Person@${domain.toUpperCase()}`)).toEqual({ organizationId: A, slug: `alpha-${run}` });
    expect(await ssoRequiredFor(outsider.email)).toBeNull();
    await setSsoRequired(A, admin.id, false);
    expect(await ssoRequiredFor(viewer.email)).toBeNull();
  });
});
