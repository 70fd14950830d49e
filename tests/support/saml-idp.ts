// A local SAML 2.0 identity provider for tests: a signing key and certificate made by openssl,
// its metadata (tests/support/sso-idp), and an HTTP server that takes the service provider's AuthnRequest (HTTP-Redirect
// binding), asks who is signing in on a small form, and posts a signed response (xml-crypto,
// RSA-SHA256, enveloped signature on the assertion) to the request's assertion consumer URL.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { inflateRawSync } from "node:zlib";
import { SignedXml } from "xml-crypto";
import { idpMetadataXml, samlKeyPair, type SamlKeys } from "./sso-idp";

export { samlKeyPair };

export interface ResponseOptions {
  idpEntityId: string;
  keys: SamlKeys;
  acsUrl: string;
  audience: string;
  email: string;
  inResponseTo?: string;
  /** Shifts every time in the response (negative: issued in the past). */
  offsetMs?: number;
  /** What the IdP signs: the assertion (default), the whole response, or nothing. */
  sign?: "assertion" | "response" | "none";
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A SAML response with one assertion for `email`, signed with `keys`, base64-encoded as the HTTP-POST binding carries it. */
export function signedSamlResponse(o: ResponseOptions): string {
  const now = new Date(Date.now() + (o.offsetMs ?? 0));
  const later = new Date(now.getTime() + 5 * 60_000).toISOString();
  const irt = o.inResponseTo ? ` InResponseTo="${escapeXml(o.inResponseTo)}"` : "";
  const email = escapeXml(o.email);
  const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a${randomUUID().replace(/-/g, "")}" Version="2.0" IssueInstant="${now.toISOString()}"><saml:Issuer>${o.idpEntityId}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${email}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${later}" Recipient="${o.acsUrl}"${irt}/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${now.toISOString()}" NotOnOrAfter="${later}"><saml:AudienceRestriction><saml:Audience>${o.audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${now.toISOString()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>${email}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion>`;
  const signer = () =>
    new SignedXml({ privateKey: o.keys.key, publicCert: o.keys.cert, signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#" });
  const transforms = ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"];
  const sign = o.sign ?? "assertion";
  let body = assertion;
  if (sign === "assertion") {
    const sig = signer();
    sig.addReference({ xpath: "//*[local-name(.)='Assertion']", digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256", transforms });
    sig.computeSignature(assertion, { location: { reference: "//*[local-name(.)='Issuer']", action: "after" } });
    body = sig.getSignedXml();
  }
  let xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r${randomUUID().replace(/-/g, "")}" Version="2.0" IssueInstant="${now.toISOString()}" Destination="${o.acsUrl}"${irt}><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${o.idpEntityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${body}</samlp:Response>`;
  if (sign === "response") {
    const sig = signer();
    sig.addReference({ xpath: "/*[local-name(.)='Response']", digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256", transforms });
    sig.computeSignature(xml, { location: { reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']", action: "after" } });
    xml = sig.getSignedXml();
  }
  return Buffer.from(xml).toString("base64");
}

/** What an AuthnRequest (HTTP-Redirect binding: deflated, base64) asks for. */
export function readAuthnRequest(samlRequest: string): { id: string; acsUrl: string; issuer: string } {
  const xml = inflateRawSync(Buffer.from(samlRequest, "base64")).toString("utf8");
  const id = /\sID="([^"]+)"/.exec(xml)?.[1];
  const acsUrl = /AssertionConsumerServiceURL="([^"]+)"/.exec(xml)?.[1];
  const issuer = /<saml:Issuer[^>]*>([^<]+)<\/saml:Issuer>/.exec(xml)?.[1];
  if (!id || !acsUrl || !issuer) throw new Error(`Not an AuthnRequest: ${xml.slice(0, 200)}`);
  return { id, acsUrl, issuer };
}

export interface LocalSamlIdp {
  url: string;
  entityId: string;
  ssoUrl: string;
  keys: SamlKeys;
  metadata: string;
  /** Responses the IdP posted, newest last (to replay them in tests). */
  issued: { acsUrl: string; relayState: string; samlResponse: string }[];
  close(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

/** Starts the IdP on 127.0.0.1 (a free port). */
export async function startSamlIdp(): Promise<LocalSamlIdp> {
  const keys = samlKeyPair("local-idp");
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entityId = `${url}/metadata`;
  const ssoUrl = `${url}/sso`;
  const issued: LocalSamlIdp["issued"] = [];
  server.on("request", (req, res) => {
    const requestUrl = new URL(req.url ?? "/", url);
    if (req.method === "GET" && requestUrl.pathname === "/metadata") {
      return void res.writeHead(200, { "content-type": "application/samlmetadata+xml" }).end(idpMetadataXml({ entityId, ssoUrl, certBase64: keys.base64 }));
    }
    if (req.method === "GET" && requestUrl.pathname === "/sso") {
      const samlRequest = requestUrl.searchParams.get("SAMLRequest");
      if (!samlRequest) return void res.writeHead(400).end("SAMLRequest missing");
      const request = readAuthnRequest(samlRequest);
      const relayState = requestUrl.searchParams.get("RelayState") ?? "";
      return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        page(
          "Local SAML IdP",
          `<h1>Local SAML IdP</h1><form method="post" action="/sso"><input type="hidden" name="id" value="${escapeXml(request.id)}"><input type="hidden" name="acs" value="${escapeXml(request.acsUrl)}"><input type="hidden" name="audience" value="${escapeXml(request.issuer)}"><input type="hidden" name="relay" value="${escapeXml(relayState)}"><label for="email">IdP email</label> <input id="email" name="email" type="email"><button type="submit">Sign in at the IdP</button></form>`,
        ),
      );
    }
    if (req.method === "POST" && requestUrl.pathname === "/sso") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        const acsUrl = form.get("acs") ?? "";
        const relayState = form.get("relay") ?? "";
        const samlResponse = signedSamlResponse({ idpEntityId: entityId, keys, acsUrl, audience: form.get("audience") ?? "", email: form.get("email") ?? "", inResponseTo: form.get("id") ?? undefined });
        issued.push({ acsUrl, relayState, samlResponse });
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
          page(
            "Signing you in",
            `<form id="post" method="post" action="${escapeXml(acsUrl)}"><input type="hidden" name="SAMLResponse" value="${samlResponse}"><input type="hidden" name="RelayState" value="${escapeXml(relayState)}"><button type="submit">Continue to the service</button></form><script>document.getElementById("post").submit()</script>`,
          ),
        );
      });
      return;
    }
    res.writeHead(404).end();
  });
  return {
    url,
    entityId,
    ssoUrl,
    keys,
    metadata: idpMetadataXml({ entityId, ssoUrl, certBase64: keys.base64 }),
    issued,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
