// A SAML identity provider's metadata, as an organization's admin pastes it: the IdP's entity
// id, where to send sign-in requests, and the certificates its responses are signed with.
// Checked before it is stored so that a broken or expired configuration is refused with the
// reason, not discovered at the first sign-in.
import { X509Certificate } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import { isAllowedPlainHttp } from "./loopback";

export class SamlMetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SamlMetadataError";
  }
}

export interface IdpMetadata {
  entityId: string;
  /** Where AuthnRequests go, and how (HTTP-Redirect preferred). */
  ssoUrl: string;
  binding: "redirect" | "post";
  /** PEM certificates whose keys may sign the IdP's responses (several while it rotates). */
  signingCertificates: string[];
  wantsSignedRequests: boolean;
  /** The earliest expiry among the signing certificates. */
  certificatesValidUntil: Date;
}

const MAX_BYTES = 1_000_000;
const BINDINGS = {
  "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect": "redirect",
  "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST": "post",
} as const;
const selectAny = xpath.useNamespaces({ md: "urn:oasis:names:tc:SAML:2.0:metadata", ds: "http://www.w3.org/2000/09/xmldsig#" });
const select = (expression: string, node: Node): Element[] => {
  const found = selectAny(expression, node);
  return Array.isArray(found) ? (found as Element[]) : [];
};

export function parseIdpMetadata(xml: string, options: { now?: Date; env?: NodeJS.ProcessEnv } = {}): IdpMetadata {
  const env = options.env ?? process.env;
  if (!xml.trim()) throw new SamlMetadataError("Paste the identity provider's SAML metadata (an XML document).");
  if (Buffer.byteLength(xml) > MAX_BYTES) throw new SamlMetadataError("The metadata is larger than 1 MB; paste only your identity provider's own entity.");
  // No DTDs at all: they are how XML entity-expansion and external-entity attacks get in.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new SamlMetadataError("The metadata must not contain a DOCTYPE or entity declarations.");
  const problems: string[] = [];
  const doc = new DOMParser({ errorHandler: (level: string, message: unknown) => void (level !== "warning" && problems.push(String(message))) }).parseFromString(xml, "text/xml");
  if (problems.length || !doc.documentElement) throw new SamlMetadataError(`The metadata is not well-formed XML: ${problems[0] ?? "no root element"}.`);

  const idps = select("//md:EntityDescriptor[md:IDPSSODescriptor]", doc as unknown as Node);
  if (idps.length === 0) throw new SamlMetadataError("The metadata has no identity provider (no EntityDescriptor with an IDPSSODescriptor).");
  if (idps.length > 1) throw new SamlMetadataError(`The metadata describes ${idps.length} identity providers; paste the one for your organization.`);
  const entity = idps[0]!;
  const entityId = entity.getAttribute("entityID")?.trim();
  if (!entityId) throw new SamlMetadataError("The identity provider has no entityID.");
  const descriptor = select("md:IDPSSODescriptor", entity)[0]!;
  if (!(descriptor.getAttribute("protocolSupportEnumeration") ?? "").includes("urn:oasis:names:tc:SAML:2.0:protocol")) {
    throw new SamlMetadataError("The identity provider does not announce SAML 2.0 (protocolSupportEnumeration).");
  }

  const services = select("md:SingleSignOnService", descriptor)
    .map((s) => ({ binding: BINDINGS[s.getAttribute("Binding") as keyof typeof BINDINGS], location: s.getAttribute("Location")?.trim() ?? "" }))
    .filter((s) => s.binding && s.location);
  const service = services.find((s) => s.binding === "redirect") ?? services.find((s) => s.binding === "post");
  if (!service) throw new SamlMetadataError("The identity provider has no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding.");
  checkUrl(service.location, env);

  const keys = select("md:KeyDescriptor[not(@use) or @use='signing']//ds:X509Certificate", descriptor).map((n) => (n.textContent ?? "").replace(/\s+/g, ""));
  if (keys.length === 0) throw new SamlMetadataError("The identity provider publishes no signing certificate (KeyDescriptor with an X509Certificate).");
  const now = options.now ?? new Date();
  const certificates = keys.map((base64, i) => {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(Buffer.from(base64, "base64"));
    } catch {
      throw new SamlMetadataError(`Signing certificate ${i + 1} is not a valid X.509 certificate.`);
    }
    const validTo = new Date(cert.validTo);
    if (validTo <= now) throw new SamlMetadataError(`Signing certificate ${i + 1} expired on ${validTo.toISOString().slice(0, 10)}; ask the identity provider for current metadata.`);
    return { pem: cert.toString(), validTo };
  });
  return {
    entityId,
    ssoUrl: service.location,
    binding: service.binding,
    signingCertificates: certificates.map((c) => c.pem),
    wantsSignedRequests: descriptor.getAttribute("WantAuthnRequestsSigned") === "true",
    certificatesValidUntil: new Date(Math.min(...certificates.map((c) => c.validTo.getTime()))),
  };
}

function checkUrl(value: string, env: NodeJS.ProcessEnv) {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SamlMetadataError(`The sign-in address "${value}" is not a URL.`);
  }
  const local = isAllowedPlainHttp(url, env);
  if (url.protocol !== "https:" && !local) throw new SamlMetadataError(`The sign-in address ${value} must use https.`);
}
