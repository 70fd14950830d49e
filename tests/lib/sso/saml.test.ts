// SAML: an IdP's metadata checked before it is stored, the stored connection under row-level
// security, and the service provider's request and response checks with a real signed response
// (keys and certificates made by openssl, signatures by xml-crypto).
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { SignedXml } from "xml-crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSamlConnection, parseIdpMetadata, samlServiceProvider, saveSamlConnection } from "@/lib/sso";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";

function keyPair(name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `saml-${name}-`));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", `/CN=${name}`, "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { stdio: "ignore" });
  const cert = readFileSync(`${dir}/cert.pem`, "utf8");
  return { key: readFileSync(`${dir}/key.pem`, "utf8"), cert, base64: cert.replace(/-----[^-]+-----|\s/g, "") };
}

const IDP = "https://idp.example.org/saml";
const SSO = "https://idp.example.org/sso";
let idpKeys: ReturnType<typeof keyPair>;
let otherKeys: ReturnType<typeof keyPair>;

function metadata(opts: { cert?: string; sso?: string; extra?: string } = {}) {
  return `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${IDP}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${opts.cert ?? idpKeys.base64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${SSO}/post"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${opts.sso ?? SSO}"/>
  </md:IDPSSODescriptor>${opts.extra ?? ""}
</md:EntityDescriptor>`;
}

const A = randomUUID();
const B = randomUUID();
const SITE = "https://priceline.example.com";

beforeAll(async () => {
  idpKeys = keyPair("idp");
  otherKeys = keyPair("other");
  const run = randomUUID().slice(0, 8);
  await withClient(async (c) => {
    for (const [id, name] of [[A, "Alpha"], [B, "Beta"]] as const) {
      await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)", [id, name, `saml-${name.toLowerCase()}-${run}`]);
    }
  });
});

afterAll(() => closeTenantConnections());

describe("parseIdpMetadata", () => {
  it("reads the entity id, the redirect sign-in address and the signing certificate", () => {
    const found = parseIdpMetadata(metadata());
    expect(found).toMatchObject({ entityId: IDP, ssoUrl: SSO, binding: "redirect", wantsSignedRequests: false });
    expect(found.signingCertificates).toEqual([idpKeys.cert]);
    expect(found.certificatesValidUntil.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  it("says why metadata cannot be used", () => {
    expect(() => parseIdpMetadata("")).toThrow(/Paste the identity provider/);
    expect(() => parseIdpMetadata("<md:EntityDescriptor")).toThrow(/not well-formed/);
    expect(() => parseIdpMetadata(`<!DOCTYPE x [<!ENTITY a "b">]>${metadata()}`)).toThrow(/DOCTYPE/);
    expect(() => parseIdpMetadata(metadata().replace(/IDPSSODescriptor/g, "SPSSODescriptor"))).toThrow(/no identity provider/);
    expect(() => parseIdpMetadata(`<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${metadata().replace(/<\?xml[^>]*>/, "").repeat(2)}</md:EntitiesDescriptor>`)).toThrow(/describes 2 identity providers/);
    expect(() => parseIdpMetadata(metadata({ cert: "bm90IGEgY2VydA==" }))).toThrow(/not a valid X.509/);
    expect(() => parseIdpMetadata(metadata(), { now: new Date("2100-01-01") })).toThrow(/expired on/);
    expect(() => parseIdpMetadata(metadata({ sso: "http://idp.example.org/sso" }))).toThrow(/must use https/);
    expect(() => parseIdpMetadata(metadata().replace(/<md:KeyDescriptor[\s\S]*?<\/md:KeyDescriptor>/, ""))).toThrow(/no signing certificate/);
  });
});

describe("the organization's SAML connection", () => {
  it("is stored for its organization only", async () => {
    await expect(saveSamlConnection(A, { metadataXml: "<nope/>" })).rejects.toThrow(/no identity provider/);
    expect(await getSamlConnection(A)).toBeNull();
    const saved = await saveSamlConnection(A, { metadataXml: metadata(), enabled: true });
    expect(saved).toMatchObject({ entityId: IDP, enabled: true });
    expect(await getSamlConnection(A)).toMatchObject({ entityId: IDP, enabled: true, metadata: { ssoUrl: SSO } });
    expect(await getSamlConnection(B)).toBeNull();
  });

  it("sends a sign-in request naming the organization's own service provider", async () => {
    const sp = samlServiceProvider(A, SITE, parseIdpMetadata(metadata()));
    const url = new URL(await sp.getAuthorizeUrlAsync("", undefined, {}));
    expect(`${url.origin}${url.pathname}`).toBe(SSO);
    const request = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest")!, "base64")).toString("utf8");
    expect(request).toContain(`AssertionConsumerServiceURL="${SITE}/api/auth/saml/${A}/acs"`);
    expect(request).toContain(`<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${SITE}/saml/${A}</saml:Issuer>`);
  });

  it("accepts a response signed by the IdP for this organization, and refuses other keys and other organizations", async () => {
    const response = (signer: ReturnType<typeof keyPair>, audience: string) => {
      const now = new Date();
      const later = new Date(now.getTime() + 5 * 60_000).toISOString();
      const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a${randomUUID().replace(/-/g, "")}" Version="2.0" IssueInstant="${now.toISOString()}"><saml:Issuer>${IDP}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">ana@alpha.example</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${later}" Recipient="${SITE}/api/auth/saml/${A}/acs"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${now.toISOString()}" NotOnOrAfter="${later}"><saml:AudienceRestriction><saml:Audience>${audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${now.toISOString()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement></saml:Assertion>`;
      const sig = new SignedXml({ privateKey: signer.key, publicCert: signer.cert, signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#" });
      sig.addReference({ xpath: "//*[local-name(.)='Assertion']", digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256", transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"] });
      sig.computeSignature(assertion, { location: { reference: "//*[local-name(.)='Issuer']", action: "after" } });
      const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r${randomUUID().replace(/-/g, "")}" Version="2.0" IssueInstant="${now.toISOString()}" Destination="${SITE}/api/auth/saml/${A}/acs"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${IDP}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${sig.getSignedXml()}</samlp:Response>`;
      return { SAMLResponse: Buffer.from(xml).toString("base64") };
    };
    const sp = samlServiceProvider(A, SITE, parseIdpMetadata(metadata()));
    const { profile } = await sp.validatePostResponseAsync(response(idpKeys, `${SITE}/saml/${A}`));
    expect(profile?.nameID).toBe("ana@alpha.example");
    await expect(sp.validatePostResponseAsync(response(otherKeys, `${SITE}/saml/${A}`))).rejects.toThrow(/signature/i);
    await expect(sp.validatePostResponseAsync(response(idpKeys, `${SITE}/saml/${B}`))).rejects.toThrow(/audience/i);
  });
});
