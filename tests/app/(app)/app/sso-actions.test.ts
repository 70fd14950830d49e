// The server actions of /app/sso, called as the form would: the session and role checked again
// by the action itself (a viewer, an analyst or someone outside the organization is refused and
// nothing changes), refusals sent back to the page by code with what was typed — never the secret.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../../support/db";
import { idpMetadataXml, samlKeyPair, startOidcProvider, type LocalOidcProvider } from "../../../support/sso-idp";
import { giveEnterprisePlan } from "../../../support/organizations";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string | null },
  cookies: new Map<string, string>(),
}));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth", () => ({
  requireUser: async () => {
    if (!session.user) throw new Redirect("/sign-in");
    return session.user;
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (session.cookies.has(name) ? { value: session.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void session.cookies.set(name, value),
    delete: (opts: { name: string } | string) => void session.cookies.delete(typeof opts === "string" ? opts : opts.name),
  }),
  headers: async () => new Headers({ "user-agent": "vitest-actions", "x-forwarded-for": "203.0.113.5" }),
}));

const actions = await import("@/app/(app)/app/sso/actions");
const { decodeFlash, SSO_FLASH_COOKIE } = await import("@/app/(app)/app/sso/flash");

const run = randomUUID().slice(0, 8);
const domain = `clinic-${run}.test`;
const A = randomUUID();
const B = randomUUID();
const admin = { id: randomUUID(), email: `ada@${domain}`, name: null };
const analyst = { id: randomUUID(), email: `al@${domain}`, name: null };
const viewer = { id: randomUUID(), email: `vi@${domain}`, name: null };
const outsider = { id: randomUUID(), email: `out@other-${run}.test`, name: null };
const SECRET = `s3cret-${run}`;
let idp: LocalOidcProvider;

function form(fields: Record<string, string | File>, organization: string = A): FormData {
  const data = new FormData();
  data.set("organization", organization);
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** Where the action sends the browser. */
async function outcome(action: (f: FormData) => Promise<void>, data: FormData): Promise<URL> {
  try {
    await action(data);
  } catch (error) {
    if (error instanceof Redirect) return new URL(error.url, "http://localhost");
    throw error;
  }
  throw new Error("the action did not redirect");
}

const rows = (sql: string, params: unknown[]) => withClient(async (c) => (await c.query(sql, params)).rows);

beforeAll(async () => {
  idp = await startOidcProvider({ clientId: "priceline", clientSecret: SECRET, redirectUris: ["http://localhost:3000/api/auth/callback/sso"] });
  await withClient(async (c) => {
    for (const u of [admin, analyst, viewer, outsider]) await c.query("INSERT INTO users (id, email, email_verified, updated_at) VALUES ($1, $2, now(), now())", [u.id, u.email]);
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `ssoact-a-${run}`, B, `ssoact-b-${run}`]);
    await giveEnterprisePlan(A, B);
    await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'analyst'), ($1, $4, 'viewer'), ($5, $6, 'owner')", [A, admin.id, analyst.id, viewer.id, B, outsider.id]);
  });
});

afterEach(() => {
  session.user = null;
  session.cookies.clear();
});
afterAll(async () => {
  await closeTenantConnections();
  await idp?.close();
});

describe("the /app/sso actions", () => {
  it("refuse viewers and analysts, and organizations one is not in, changing nothing", async () => {
    const attempts: [(f: FormData) => Promise<void>, Record<string, string>][] = [
      [actions.saveOidcAction, { issuer: idp.url, clientId: "priceline", clientSecret: SECRET, enabled: "on" }],
      [actions.removeOidcAction, {}],
      [actions.saveSamlAction, { metadataXml: "<x/>" }],
      [actions.removeSamlAction, {}],
      [actions.claimDomainAction, { domain }],
      [actions.removeDomainAction, { domain }],
      [actions.setSsoRequiredAction, { required: "on" }],
      [actions.setIdleTimeoutAction, { idleTimeout: "15" }],
    ];
    for (const who of [viewer, analyst]) {
      session.user = who;
      for (const [action, fields] of attempts) {
        const to = await outcome(action, form(fields));
        expect(to.pathname).toBe("/app/sso");
        expect(to.searchParams.get("error")).toBe("forbidden");
      }
    }
    // The admin of A naming B (where they are nobody), and B's owner naming A.
    session.user = admin;
    expect((await outcome(actions.setIdleTimeoutAction, form({ idleTimeout: "15" }, B))).searchParams.get("error")).toBe("notMember");
    session.user = outsider;
    expect((await outcome(actions.saveOidcAction, form(attempts[0]![1]))).searchParams.get("error")).toBe("notMember");
    expect((await outcome(actions.setIdleTimeoutAction, form({ idleTimeout: "15" }, "not-a-uuid"))).searchParams.get("error")).toBe("notMember");
    // Without a session: to sign-in.
    session.user = null;
    expect((await outcome(actions.setIdleTimeoutAction, form({ idleTimeout: "15" }))).pathname).toBe("/sign-in");

    expect(await rows("SELECT 1 FROM sso_connections WHERE organization_id = $1", [A])).toEqual([]);
    expect(await rows("SELECT 1 FROM organization_domains WHERE organization_id = $1", [A])).toEqual([]);
    expect(await rows("SELECT idle_timeout_minutes, require_sso FROM organizations WHERE id = $1", [A])).toEqual([{ idle_timeout_minutes: 60, require_sso: false }]);
    expect(await rows("SELECT 1 FROM audit_log WHERE organization_id = $1", [A])).toEqual([]);
  });

  it("send a refused OIDC form back by field with what was typed, but never the secret", async () => {
    session.user = admin;
    const missing = await outcome(actions.saveOidcAction, form({ issuer: idp.url, clientId: "", clientSecret: SECRET }));
    expect(Object.fromEntries(missing.searchParams)).toMatchObject({ error: "clientIdRequired", field: "clientId", issuer: idp.url });
    expect(missing.href).not.toContain(SECRET);
    expect(missing.hash).toBe("#oidc");

    const unreachable = await outcome(actions.saveOidcAction, form({ issuer: "http://127.0.0.1:9", clientId: "c", clientSecret: SECRET }));
    expect(Object.fromEntries(unreachable.searchParams)).toMatchObject({ error: "discovery", field: "issuer", clientId: "c" });
    expect(unreachable.href).not.toContain(SECRET);
    // The provider's explanation goes in the flash cookie, not the address.
    expect(decodeFlash(session.cookies.get(SSO_FLASH_COOKIE))).toMatchObject({ code: "discovery", detail: expect.stringMatching(/openid-configuration/) });
    expect(await rows("SELECT 1 FROM sso_connections WHERE organization_id = $1", [A])).toEqual([]);
  });

  it("save an OIDC connection, audited with the request's origin and without the secret", async () => {
    session.user = admin;
    const to = await outcome(actions.saveOidcAction, form({ issuer: idp.url, clientId: "priceline", clientSecret: SECRET, enabled: "on" }));
    expect(Object.fromEntries(to.searchParams)).toEqual({ done: "oidcSaved" });
    const [entry] = await rows("SELECT actor_user_id, ip, user_agent, metadata FROM audit_log WHERE organization_id = $1 AND action = 'sso.oidc_saved'", [A]);
    expect(entry).toMatchObject({ actor_user_id: admin.id, ip: "203.0.113.5", user_agent: "vitest-actions", metadata: { issuer: idp.url, enabled: true, secretReplaced: true } });
    expect(JSON.stringify(await rows("SELECT * FROM audit_log WHERE organization_id = $1", [A]))).not.toContain(SECRET);
  });

  it("refuse bad SAML metadata storing nothing, and take an uploaded metadata file", async () => {
    session.user = admin;
    const bad = await outcome(actions.saveSamlAction, form({ metadataXml: "<md:EntityDescriptor", enabled: "on" }));
    expect(Object.fromEntries(bad.searchParams)).toMatchObject({ error: "metadata", field: "metadataXml" });
    expect(decodeFlash(session.cookies.get(SSO_FLASH_COOKIE))?.detail).toMatch(/not well-formed/);
    expect(await rows("SELECT 1 FROM sso_connections WHERE organization_id = $1 AND kind = 'saml'", [A])).toEqual([]);

    const xml = idpMetadataXml({ entityId: `https://idp.example.org/${run}`, ssoUrl: "https://idp.example.org/sso", certBase64: samlKeyPair("actions").base64 });
    const good = await outcome(actions.saveSamlAction, form({ metadataXml: "", metadataFile: new File([xml], "idp.xml", { type: "application/xml" }) }));
    expect(Object.fromEntries(good.searchParams)).toEqual({ done: "samlSaved" });
    expect(session.cookies.has(SSO_FLASH_COOKIE)).toBe(false);
    expect(await rows("SELECT issuer, enabled FROM sso_connections WHERE organization_id = $1 AND kind = 'saml'", [A])).toEqual([{ issuer: `https://idp.example.org/${run}`, enabled: false }]);
  });

  it("claim the domain, require SSO with the ended sessions counted, set the idle timeout", async () => {
    session.user = admin;
    const claimed = await outcome(actions.claimDomainAction, form({ domain: `other-${run}.test` }));
    expect(Object.fromEntries(claimed.searchParams)).toMatchObject({ error: "not_proved", field: "domain", domain: `other-${run}.test` });
    expect(Object.fromEntries((await outcome(actions.claimDomainAction, form({ domain }))).searchParams)).toEqual({ done: "domainClaimed", domain });

    await withClient((c) => c.query("INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 day', now()), ($3, $4, now() + interval '1 day', now())", [randomUUID(), viewer.id, randomUUID(), outsider.id]));
    const on = await outcome(actions.setSsoRequiredAction, form({ required: "on" }));
    expect(Object.fromEntries(on.searchParams)).toEqual({ done: "requiredOn", ended: "1" });
    expect(await rows("SELECT 1 FROM sessions WHERE user_id = $1", [outsider.id])).toHaveLength(1); // not at the domain

    const bad = await outcome(actions.setIdleTimeoutAction, form({ idleTimeout: "3" }));
    expect(Object.fromEntries(bad.searchParams)).toMatchObject({ error: "idle_timeout_invalid", field: "idleTimeout", idleTimeout: "3" });
    expect(Object.fromEntries((await outcome(actions.setIdleTimeoutAction, form({ idleTimeout: "90" }))).searchParams)).toEqual({ done: "idleSaved" });
    expect(await rows("SELECT idle_timeout_minutes, require_sso FROM organizations WHERE id = $1", [A])).toEqual([{ idle_timeout_minutes: 90, require_sso: true }]);

    const off = await outcome(actions.removeDomainAction, form({ domain }));
    expect(Object.fromEntries(off.searchParams)).toEqual({ done: "domainRemoved", domain, relaxed: "1" });
    const actionsLogged = (await rows("SELECT action FROM audit_log WHERE organization_id = $1 ORDER BY id", [A])).map((r) => r.action);
    expect(actionsLogged).toEqual(["sso.oidc_saved", "sso.saml_saved", "sso.domain_claimed", "sso.required_on", "org.idle_timeout_changed", "sso.domain_removed", "sso.required_off"]);
  });
});
