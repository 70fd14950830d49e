// The SSO settings of /app/sso against real counterparts: oidc-provider for discovery, openssl
// certificates in SAML metadata, PostgreSQL with row-level security and the append-only audit
// log. Role checks (viewer and analyst refused, another organization's admin refused), the audit
// trail (never a secret), and refusals that store nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MembersError } from "@/lib/members";
import {
  claimDomainSettings,
  DomainClaimError,
  explainOidcError,
  getOidcConnection,
  getSamlConnection,
  oidcClientSecret,
  parseIdleTimeout,
  removeDomain,
  removeOidcSettings,
  removeSamlSettings,
  SamlMetadataError,
  saveOidcSettings,
  saveSamlSettings,
  setIdleTimeout,
  setSsoRequiredSettings,
  SsoConfigError,
  ssoAllowed,
  ssoSettings,
  SsoSettingsError,
} from "@/lib/sso";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { idpMetadataXml, samlKeyPair, startOidcProvider, type LocalOidcProvider } from "../../support/sso-idp";
import { giveEnterprisePlan } from "../../support/organizations";

const run = randomUUID().slice(0, 8);
const domain = `clinic-${run}.test`;
const A = randomUUID();
const B = randomUUID();
const owner = { id: randomUUID(), email: `olga@${domain}` };
const analyst = { id: randomUUID(), email: `ana@${domain}` };
const viewer = { id: randomUUID(), email: `vic@${domain}` };
const betaAdmin = { id: randomUUID(), email: `bea@beta-${run}.test` };
const origin = { ip: "198.51.100.7", userAgent: "vitest-sso" };
const SECRET = `idp-secret-${run}`;
let idp: LocalOidcProvider;

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof DomainClaimError || e instanceof MembersError || e instanceof SsoSettingsError ? e.code : Promise.reject(e)),
  );

async function auditOf(organizationId: string) {
  return withClient(async (c) => (await c.query("SELECT action, actor_user_id, target, ip, user_agent, metadata FROM audit_log WHERE organization_id = $1 ORDER BY id", [organizationId])).rows);
}

beforeAll(async () => {
  idp = await startOidcProvider({ clientId: "priceline", clientSecret: SECRET, redirectUris: ["http://localhost:3000/api/auth/callback/sso"] });
  await withClient(async (c) => {
    for (const p of [owner, analyst, viewer, betaAdmin]) {
      await c.query("INSERT INTO users (id, email, email_verified, updated_at) VALUES ($1, $2, now(), now())", [p.id, p.email]);
      await c.query("INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 day', now())", [randomUUID(), p.id]);
    }
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `ssoset-a-${run}`, B, `ssoset-b-${run}`]);
    await giveEnterprisePlan(A, B);
    await c.query(
      "INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner'), ($1, $3, 'analyst'), ($1, $4, 'viewer'), ($5, $6, 'admin')",
      [A, owner.id, analyst.id, viewer.id, B, betaAdmin.id],
    );
  });
});

afterAll(async () => {
  await closeTenantConnections();
  await idp?.close();
});

describe("who may change SSO settings", () => {
  it("is an owner or admin of that organization: viewers, analysts and other organizations' admins are refused, storing nothing", async () => {
    expect(await ssoAllowed(A)).toBe(true);
    const oidc = { issuer: idp.url, clientId: "priceline", clientSecret: SECRET, enabled: true };
    const saml = { metadataXml: idpMetadataXml({ entityId: "https://idp.example.org/x", ssoUrl: "https://idp.example.org/sso", certBase64: samlKeyPair("refused").base64 }), enabled: true };
    for (const actor of [analyst, viewer, betaAdmin]) {
      const who = { userId: actor.id };
      expect(await codeOf(saveOidcSettings(A, who, oidc, origin))).toBe("forbidden");
      expect(await codeOf(saveSamlSettings(A, who, saml, origin))).toBe("forbidden");
      expect(await codeOf(removeOidcSettings(A, who, origin))).toBe("forbidden");
      expect(await codeOf(removeSamlSettings(A, who, origin))).toBe("forbidden");
      expect(await codeOf(claimDomainSettings(A, who, domain, origin))).toBe("forbidden");
      expect(await codeOf(removeDomain(A, actor.id, domain, origin))).toBe("forbidden");
      expect(await codeOf(setSsoRequiredSettings(A, who, false, origin))).toBe("forbidden");
      expect(await codeOf(setIdleTimeout(A, who, 30, origin))).toBe("forbidden");
    }
    // The owner of A is nobody in B.
    expect(await codeOf(setIdleTimeout(B, { userId: owner.id }, 30, origin))).toBe("forbidden");
    expect(await getOidcConnection(A)).toBeNull();
    expect(await getSamlConnection(A)).toBeNull();
    const settings = await ssoSettings(A);
    expect(settings).toMatchObject({ domains: [], requireSso: false, idleTimeoutMinutes: 60 });
    expect(await auditOf(A)).toEqual([]);
  });
});

describe("OpenID Connect", () => {
  it("is saved after discovery, audited with who and where, and the secret is never in the log", async () => {
    const { connection } = await saveOidcSettings(A, { userId: owner.id }, { issuer: idp.url, clientId: "priceline", clientSecret: SECRET, enabled: true }, origin);
    expect(connection).toMatchObject({ issuer: idp.url, clientId: "priceline", enabled: true, hasSecret: true });
    expect(await oidcClientSecret(A)).toBe(SECRET);
    // Saving again with an empty secret keeps the stored one.
    await saveOidcSettings(A, { userId: owner.id }, { issuer: idp.url, clientId: "priceline-2", clientSecret: "", enabled: true }, origin);
    expect(await oidcClientSecret(A)).toBe(SECRET);
    const entries = (await auditOf(A)).filter((e) => e.action === "sso.oidc_saved");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actor_user_id: owner.id, ip: origin.ip, user_agent: origin.userAgent, target: `sso_connection:${connection.id}` });
    expect(entries[0]!.metadata).toMatchObject({ issuer: idp.url, clientId: "priceline", enabled: true, secretReplaced: true });
    expect(entries[1]!.metadata).toMatchObject({ clientId: "priceline-2", secretReplaced: false });
    const everything = JSON.stringify(await auditOf(A));
    expect(everything).not.toContain(SECRET);
    const stored = await withClient(async (c) => (await c.query("SELECT client_secret_encrypted FROM sso_connections WHERE organization_id = $1", [A])).rows[0]);
    expect(stored.client_secret_encrypted).not.toContain(SECRET);
  });

  it("explains a refused form by field, in a code the page can word", async () => {
    const tryWith = async (input: Parameters<typeof saveOidcSettings>[2]) => {
      try {
        await saveOidcSettings(B, { userId: betaAdmin.id }, input, origin, { timeoutMs: 2000 });
      } catch (error) {
        if (error instanceof SsoConfigError) return explainOidcError(error, input);
        throw error;
      }
      return null;
    };
    expect(await tryWith({ issuer: idp.url, clientId: "", clientSecret: "x" })).toMatchObject({ field: "clientId", code: "clientIdRequired" });
    expect(await tryWith({ issuer: "", clientId: "c", clientSecret: "x" })).toMatchObject({ field: "issuer", code: "issuerRequired" });
    expect(await tryWith({ preset: "nope", clientId: "c", clientSecret: "x" })).toMatchObject({ field: "preset", code: "presetUnknown" });
    expect(await tryWith({ preset: "okta", presetValue: "not a domain", clientId: "c", clientSecret: "x" })).toMatchObject({ field: "presetValue", code: "presetValueInvalid" });
    expect(await tryWith({ issuer: idp.url, clientId: "c", clientSecret: "" })).toMatchObject({ field: "clientSecret", code: "secretRequired" });
    const unreachable = await tryWith({ issuer: "http://127.0.0.1:9/", clientId: "c", clientSecret: "x" });
    expect(unreachable).toMatchObject({ field: "issuer", code: "discovery" });
    expect(unreachable!.detail).toMatch(/openid-configuration/);
    expect(await getOidcConnection(B)).toBeNull();
    expect((await auditOf(B)).filter((e) => e.action.startsWith("sso."))).toEqual([]);
  });
});

describe("SAML", () => {
  it("refuses metadata it cannot use, storing nothing, and stores and audits good metadata", async () => {
    const keys = samlKeyPair("idp-settings");
    await expect(saveSamlSettings(A, { userId: owner.id }, { metadataXml: "<nope/>", enabled: true }, origin)).rejects.toBeInstanceOf(SamlMetadataError);
    await expect(
      saveSamlSettings(A, { userId: owner.id }, { metadataXml: idpMetadataXml({ entityId: "https://idp.example.org/a", ssoUrl: "http://idp.example.org/sso", certBase64: keys.base64 }), enabled: true }, origin),
    ).rejects.toThrow(/must use https/);
    expect(await getSamlConnection(A)).toBeNull();
    expect((await auditOf(A)).some((e) => e.action === "sso.saml_saved")).toBe(false);

    const { connection } = await saveSamlSettings(A, { userId: owner.id }, { metadataXml: idpMetadataXml({ entityId: "https://idp.example.org/a", ssoUrl: "https://idp.example.org/sso", certBase64: keys.base64 }), enabled: false }, origin);
    expect(connection.metadata).toMatchObject({ entityId: "https://idp.example.org/a", ssoUrl: "https://idp.example.org/sso" });
    const saved = (await auditOf(A)).find((e) => e.action === "sso.saml_saved");
    expect(saved).toMatchObject({ actor_user_id: owner.id, ip: origin.ip, metadata: { entityId: "https://idp.example.org/a", enabled: false } });
    expect((await ssoSettings(A)).saml?.metadata.entityId).toBe("https://idp.example.org/a");
    // B sees none of it.
    expect(await getSamlConnection(B)).toBeNull();
  });
});

describe("domains, enforcement and the idle timeout", () => {
  it("claims the domain of the admin's own verified address (from the users table), and requiring SSO ends the domain's sessions", async () => {
    expect(await codeOf(claimDomainSettings(A, { userId: owner.id }, "elsewhere.test", origin))).toBe("not_proved");
    expect(await claimDomainSettings(A, { userId: owner.id }, domain, origin)).toMatchObject({ domain });
    expect((await ssoSettings(A)).domains).toEqual([expect.objectContaining({ domain, verifiedAt: expect.any(Date) })]);
    const { endedSessions } = await setSsoRequiredSettings(A, { userId: owner.id }, true, origin);
    expect(endedSessions).toBe(3); // owner, analyst, viewer: all at the domain
    expect((await ssoSettings(A)).requireSso).toBe(true);
    const log = await auditOf(A);
    expect(log.find((e) => e.action === "sso.domain_claimed")).toMatchObject({ target: `domain:${domain}`, actor_user_id: owner.id });
    expect(log.find((e) => e.action === "sso.required_on")).toMatchObject({ metadata: { endedSessions: 3 }, ip: origin.ip });
    // Another organization's admin cannot remove A's domain, nor see it.
    expect(await codeOf(removeDomain(B, betaAdmin.id, domain, origin))).toBe("not_claimed");
  });

  it("turns enforcement off when the last verified domain goes, on the record", async () => {
    const { ssoRequiredTurnedOff } = await removeDomain(A, owner.id, domain, origin);
    expect(ssoRequiredTurnedOff).toBe(true);
    expect(await ssoSettings(A)).toMatchObject({ domains: [], requireSso: false });
    const log = await auditOf(A);
    expect(log.at(-2)).toMatchObject({ action: "sso.domain_removed", target: `domain:${domain}` });
    expect(log.at(-1)).toMatchObject({ action: "sso.required_off", metadata: { reason: "no_verified_domain" } });
  });

  it("turns enforcement off when the last enabled identity provider goes", async () => {
    await claimDomainSettings(A, { userId: owner.id }, domain, origin);
    await setSsoRequiredSettings(A, { userId: owner.id }, true, origin);
    expect((await removeSamlSettings(A, { userId: owner.id }, origin)).ssoRequiredTurnedOff).toBe(false); // SAML was not enabled; OIDC is
    expect((await removeOidcSettings(A, { userId: owner.id }, origin)).ssoRequiredTurnedOff).toBe(true);
    expect((await ssoSettings(A)).requireSso).toBe(false);
    const actions = (await auditOf(A)).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(["sso.saml_removed", "sso.oidc_removed", "sso.required_off"]);
    expect(await removeOidcSettings(A, { userId: owner.id }, origin)).toEqual({ removed: false, ssoRequiredTurnedOff: false });
  });

  it("takes whole minutes from 5 to 1440 and records the change", async () => {
    for (const bad of ["4", "1441", "abc", "10.5", "", "-5", 0]) expect(() => parseIdleTimeout(bad)).toThrow(SsoSettingsError);
    expect(parseIdleTimeout(" 5 ")).toBe(5);
    expect(parseIdleTimeout(1440)).toBe(1440);
    expect(await codeOf(setIdleTimeout(A, { userId: owner.id }, "2000", origin))).toBe("idle_timeout_invalid");
    expect(await setIdleTimeout(A, { userId: owner.id }, "30", origin)).toEqual({ minutes: 30, changed: true });
    expect(await setIdleTimeout(A, { userId: owner.id }, "30", origin)).toEqual({ minutes: 30, changed: false });
    expect((await ssoSettings(A)).idleTimeoutMinutes).toBe(30);
    const changes = (await auditOf(A)).filter((e) => e.action === "org.idle_timeout_changed");
    expect(changes).toEqual([expect.objectContaining({ metadata: { from: 60, to: 30 }, actor_user_id: owner.id, ip: origin.ip })]);
  });
});
