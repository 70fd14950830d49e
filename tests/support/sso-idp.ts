// Local identity providers for SSO tests: a real oidc-provider on a loopback port, and SAML IdP
// metadata around a certificate made by openssl. Used by the Vitest suites and the Playwright spec.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Provider from "oidc-provider";

export interface LocalOidcProvider {
  url: string;
  close(): Promise<void>;
}

/**
 * An OpenID provider at http://127.0.0.1:<port> with one confidential client, PKCE required, and
 * its development login and consent pages; an account's email is the login typed there.
 */
export async function startOidcProvider(
  client: { clientId: string; clientSecret: string; redirectUris: string[] },
  options: { emailInIdToken?: boolean } = {},
): Promise<LocalOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(url, {
    clients: [{ client_id: client.clientId, client_secret: client.clientSecret, redirect_uris: client.redirectUris }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    // oidc-provider's default keeps scope claims (the email) for the userinfo endpoint; Entra ID,
    // Google and Okta put the email in the ID token too.
    conformIdTokenClaims: !options.emailInIdToken,
    async findAccount(_ctx, sub) {
      return { accountId: sub, claims: async () => ({ sub, email: sub, email_verified: true, name: sub.split("@")[0] }) };
    },
  });
  server.on("request", provider.callback());
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface SamlKeys {
  key: string;
  cert: string;
  /** The certificate's DER in base64, as metadata carries it. */
  base64: string;
}

export function samlKeyPair(name: string, days = 30): SamlKeys {
  const dir = mkdtempSync(path.join(tmpdir(), `saml-${name}-`));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", String(days), "-subj", `/CN=${name}`, "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { stdio: "ignore" });
  const cert = readFileSync(`${dir}/cert.pem`, "utf8");
  return { key: readFileSync(`${dir}/key.pem`, "utf8"), cert, base64: cert.replace(/-----[^-]+-----|\s/g, "") };
}

/** An IdP's SAML metadata: its entity id, HTTP-Redirect sign-in address and signing certificate. */
export function idpMetadataXml(opts: { entityId: string; ssoUrl: string; certBase64: string }): string {
  return `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${opts.entityId}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${opts.certBase64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${opts.ssoUrl}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}
