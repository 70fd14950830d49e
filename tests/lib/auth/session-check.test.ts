// The proxy's session check: idle timeouts from the user's organizations, SSO enforcement that
// ends only sessions not opened through the organization's identity provider, and sessions
// waiting for their TOTP code.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSession, LAST_ACTIVE_PRECISION_MS } from "@/lib/auth/session-check";
import { markSecondFactor } from "@/lib/auth/sessions";
import { disconnectPrisma } from "@/lib/db/client";
import { setSsoRequired } from "@/lib/sso";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { giveEnterprisePlan } from "../../support/organizations";

const run = randomUUID().slice(0, 8);
const domain = `enforced-${run}.test`;
const strict = randomUUID(); // idle timeout 5 minutes
const relaxed = randomUUID(); // 120 minutes, requires SSO for `domain`
const ana = { id: randomUUID(), email: `ana@${domain}` }; // member of both
const bo = { id: randomUUID(), email: `bo-${run}@example.org` }; // member of relaxed only, TOTP on
const token = (name: string) => `${name}-${run}-0123456789abcdef`;

async function session(name: string, userId: string, opts: { idleMinutes?: number; method?: string; org?: string } = {}) {
  await withClient((c) =>
    c.query(
      `INSERT INTO sessions (session_token, user_id, expires, auth_method, sso_organization_id, last_active_at, updated_at)
       VALUES ($1, $2, now() + interval '1 day', $3, $4, now() - make_interval(mins => $5), now())`,
      [token(name), userId, opts.method ?? "email", opts.org ?? null, opts.idleMinutes ?? 0],
    ),
  );
}
const exists = (name: string) => withClient(async (c) => (await c.query("SELECT 1 FROM sessions WHERE session_token = $1", [token(name)])).rowCount === 1);

beforeAll(async () => {
  await withClient(async (c) => {
    await c.query("INSERT INTO organizations (id, name, slug, idle_timeout_minutes) VALUES ($1, 'Strict', $2, 5), ($3, 'Relaxed', $4, 120)", [strict, `strict-${run}`, relaxed, `relaxed-${run}`]);
    await giveEnterprisePlan(relaxed);
    await c.query("INSERT INTO users (id, email, email_verified, updated_at) VALUES ($1, $2, now(), now()), ($3, $4, now(), now())", [ana.id, ana.email, bo.id, bo.email]);
    await c.query("UPDATE users SET totp_enabled_at = now() WHERE id = $1", [bo.id]);
    await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin'), ($3, $2, 'owner'), ($3, $4, 'viewer')", [strict, ana.id, relaxed, bo.id]);
  });
});

afterAll(async () => {
  await closeTenantConnections();
  await disconnectPrisma();
});

describe("idle timeout", () => {
  it("takes the strictest of the user's organizations, and ends the session past it", async () => {
    await session("fresh", ana.id, { idleMinutes: 4 });
    await session("stale", ana.id, { idleMinutes: 6 });
    await session("bo-stale", bo.id, { idleMinutes: 60 });
    expect((await checkSession(token("fresh"))).status).toBe("active");
    expect(await checkSession(token("stale"))).toEqual({ status: "ended", reason: "idle" });
    expect(await exists("stale")).toBe(false);
    // 60 idle minutes are within Relaxed's 120.
    expect((await checkSession(token("bo-stale"))).status).not.toBe("ended");
  });

  it("counts from the last request seen", async () => {
    await session("touched", ana.id, { idleMinutes: 3 });
    expect((await checkSession(token("touched"))).status).toBe("active");
    // 3 minutes later (the check wrote the time of the first request): still within 5.
    const later = new Date(Date.now() + 3 * 60_000 + LAST_ACTIVE_PRECISION_MS);
    expect((await checkSession(token("touched"), later)).status).toBe("active");
  });
});

describe("two-factor", () => {
  it("keeps a session waiting for its code, then lets it through once the code is checked", async () => {
    await session("bo", bo.id);
    expect(await checkSession(token("bo"))).toEqual({ status: "twoFactor", user: { userId: bo.id, isPlatformOperator: false } });
    expect(await markSecondFactor(token("bo"))).toBe(true);
    expect((await checkSession(token("bo"))).status).toBe("active");
  });
});

describe("SSO enforcement", () => {
  it("ends sessions opened another way, and keeps those from the organization's identity provider", async () => {
    await session("ana-email", ana.id);
    await session("ana-saml", ana.id, { method: "saml", org: relaxed });
    await session("ana-other-org", ana.id, { method: "oidc", org: strict });
    await withClient(async (c) => {
      await c.query("INSERT INTO organization_domains (organization_id, domain, verified_at) VALUES ($1, $2, now())", [relaxed, domain]);
      await c.query("INSERT INTO sso_connections (organization_id, kind, saml_metadata, enabled, updated_at) VALUES ($1, 'saml', '<x/>', true, now())", [relaxed]);
    });
    const { endedSessions } = await setSsoRequired(relaxed, ana.id, true);
    expect(endedSessions).toBeGreaterThanOrEqual(2);
    expect(await exists("ana-email")).toBe(false);
    expect(await exists("ana-other-org")).toBe(false);
    expect(await exists("ana-saml")).toBe(true);
    expect((await checkSession(token("ana-saml"))).status).toBe("active");
    // A magic-link session made after enforcement (a race, or a link sent before) is ended on its first request.
    await session("ana-late", ana.id);
    expect(await checkSession(token("ana-late"))).toEqual({ status: "ended", reason: "ssoRequired" });
    expect(await exists("ana-late")).toBe(false);
  });

  it("is lifted when the organization's plan no longer includes SSO, and sign-in goes back to email", async () => {
    const { ssoRouteFor } = await import("@/lib/auth/sso-identity");
    expect(await ssoRouteFor(ana.email)).toMatchObject({ organizationId: relaxed, kind: "saml", required: true });
    await withClient((c) => c.query("UPDATE billing_accounts SET status = 'canceled' WHERE organization_id = $1", [relaxed]));
    await session("ana-after-downgrade", ana.id);
    expect((await checkSession(token("ana-after-downgrade"))).status).toBe("active");
    expect(await ssoRouteFor(ana.email)).toBeNull();
    await giveEnterprisePlan(relaxed);
  });

  it("treats forged and malformed tokens as no session", async () => {
    expect(await checkSession(`forged-${randomUUID()}`)).toEqual({ status: "none" });
    expect(await checkSession("' OR 1=1 --")).toEqual({ status: "none" });
    expect(await checkSession(undefined)).toEqual({ status: "none" });
  });
});
