// SAML sign-in end to end at the library level: the request sent to a local IdP, its signed
// response taken once, the person admitted only at the organization's verified domains, and the
// session that results (method "saml", the organization, a viewer membership).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeSamlSignIn, SamlSignInError, startSamlSignIn } from "@/lib/auth/saml-sign-in";
import { checkSession } from "@/lib/auth/session-check";
import { disconnectPrisma } from "@/lib/db/client";
import { saveSamlConnection } from "@/lib/sso";
import { samlAcsUrl, samlEntityId } from "@/lib/sso/urls";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { readAuthnRequest, samlKeyPair, signedSamlResponse, startSamlIdp, type LocalSamlIdp } from "../../support/saml-idp";
import { giveEnterprisePlan } from "../../support/organizations";

const run = randomUUID().slice(0, 8);
const domain = `alpha-${run}.test`;
const A = randomUUID();
const B = randomUUID();
let idp: LocalSamlIdp;

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof SamlSignInError ? e.code : Promise.reject(e)));

async function requestId(org: string, callbackUrl: string | null = "/app/members"): Promise<{ id: string; relayState: string | null }> {
  const url = new URL(await startSamlSignIn(org, callbackUrl));
  expect(`${url.origin}${url.pathname}`).toBe(idp.ssoUrl);
  const request = readAuthnRequest(url.searchParams.get("SAMLRequest")!);
  expect(request.acsUrl).toBe(samlAcsUrl(org));
  expect(request.issuer).toBe(samlEntityId(org));
  return { id: request.id, relayState: url.searchParams.get("RelayState") };
}

const respond = (org: string, email: string, inResponseTo?: string, keys = idp.keys) =>
  signedSamlResponse({ idpEntityId: idp.entityId, keys, acsUrl: samlAcsUrl(org), audience: samlEntityId(org), email, inResponseTo });

beforeAll(async () => {
  idp = await startSamlIdp();
  await withClient(async (c) => {
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `alpha-${run}`, B, `beta-${run}`]);
    await giveEnterprisePlan(A, B);
    await c.query("INSERT INTO organization_domains (organization_id, domain, verified_at) VALUES ($1, $2, now())", [A, domain]);
  });
  await saveSamlConnection(A, { metadataXml: idp.metadata, enabled: true });
  await saveSamlConnection(B, { metadataXml: idp.metadata, enabled: false });
});

afterAll(async () => {
  await idp.close();
  await closeTenantConnections();
  await disconnectPrisma();
});

describe("SAML sign-in", () => {
  it("signs in an address at the organization's domain, once per request", async () => {
    const { id, relayState } = await requestId(A);
    expect(relayState).toBe("/app/members");
    const email = `Ana@${domain}`;
    const response = respond(A, email, id);
    const session = await completeSamlSignIn(A, { SAMLResponse: response, RelayState: relayState }, { ip: "198.51.100.9", userAgent: "Test" });
    expect(session).toMatchObject({ email: email.toLowerCase(), redirectTo: "/app/members" });
    const row = await withClient(async (c) =>
      (await c.query("SELECT s.auth_method, s.sso_organization_id, u.email_verified IS NOT NULL AS verified, m.role FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN memberships m ON m.user_id = u.id AND m.organization_id = $2 WHERE s.session_token = $1", [session.sessionToken, A])).rows[0],
    );
    expect(row).toEqual({ auth_method: "saml", sso_organization_id: A, verified: true, role: "viewer" });
    expect((await checkSession(session.sessionToken)).status).toBe("active");
    // The same response again: its request id was used up.
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: response, RelayState: relayState }))).toBe("invalid_response");
  });

  it("refuses unsolicited responses, other keys, other organizations' audiences and stray return addresses", async () => {
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: respond(A, `bo@${domain}`) }))).toBe("invalid_response");
    const forged = await requestId(A);
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: respond(A, `bo@${domain}`, forged.id, samlKeyPair("attacker")) }))).toBe("invalid_response");
    const other = await requestId(A);
    const forB = signedSamlResponse({ idpEntityId: idp.entityId, keys: idp.keys, acsUrl: samlAcsUrl(A), audience: samlEntityId(B), email: `bo@${domain}`, inResponseTo: other.id });
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: forB }))).toBe("invalid_response");
    const stray = await requestId(A, "https://evil.example/steal");
    expect(stray.relayState).toBe("/app");
    const session = await completeSamlSignIn(A, { SAMLResponse: respond(A, `bo@${domain}`, stray.id), RelayState: "//evil.example" });
    expect(session.redirectTo).toBe("/app");
  });

  it("takes a response signed as a whole instead of its assertion, and refuses one signed nowhere", async () => {
    const signedResponse = await requestId(A);
    const whole = signedSamlResponse({ idpEntityId: idp.entityId, keys: idp.keys, acsUrl: samlAcsUrl(A), audience: samlEntityId(A), email: `di@${domain}`, inResponseTo: signedResponse.id, sign: "response" });
    expect((await completeSamlSignIn(A, { SAMLResponse: whole })).email).toBe(`di@${domain}`);
    const unsigned = await requestId(A);
    const bare = signedSamlResponse({ idpEntityId: idp.entityId, keys: idp.keys, acsUrl: samlAcsUrl(A), audience: samlEntityId(A), email: `di@${domain}`, inResponseTo: unsigned.id, sign: "none" });
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: bare }))).toBe("invalid_response");
    // A response signed by another key: refused too.
    const otherKey = await requestId(A);
    const forged = signedSamlResponse({ idpEntityId: idp.entityId, keys: samlKeyPair("attacker-2"), acsUrl: samlAcsUrl(A), audience: samlEntityId(A), email: `di@${domain}`, inResponseTo: otherKey.id, sign: "response" });
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: forged }))).toBe("invalid_response");
  });

  it("admits only the organization's verified domains", async () => {
    const { id } = await requestId(A);
    const victim = `ceo-${run}@elsewhere.example`;
    expect(await codeOf(completeSamlSignIn(A, { SAMLResponse: respond(A, victim, id) }))).toBe("domain_not_claimed");
    const users = await withClient(async (c) => (await c.query("SELECT 1 FROM users WHERE email = $1", [victim])).rowCount);
    expect(users).toBe(0);
  });

  it("needs an enabled connection", async () => {
    expect(await codeOf(startSamlSignIn(B, null))).toBe("no_connection");
    expect(await codeOf(startSamlSignIn(randomUUID(), null))).toBe("no_connection");
  });
});
