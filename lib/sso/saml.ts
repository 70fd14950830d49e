// An organization's SAML 2.0 connection: the IdP metadata its admin pasted, checked and stored
// in sso_connections (row-level security), and the service-provider side built on
// @node-saml/node-saml: the sign-in request sent to the IdP and the check of its signed response.
import { SAML, type SamlConfig } from "@node-saml/node-saml";
import { withTenant } from "@/lib/tenancy";
import { parseIdpMetadata, type IdpMetadata } from "./saml-metadata";
import { samlAcsUrl, samlEntityId } from "./urls";

export interface SamlConnection {
  id: string;
  entityId: string;
  enabled: boolean;
  metadata: IdpMetadata;
  updatedAt: Date;
}

/** Saves (creates or replaces) the organization's SAML connection; throws SamlMetadataError, storing nothing, when the metadata cannot be used. */
export async function saveSamlConnection(organizationId: string, input: { metadataXml: string; enabled?: boolean }): Promise<SamlConnection> {
  const metadata = parseIdpMetadata(input.metadataXml);
  const row = await withTenant(organizationId, async (db) => {
    const existing = await db.ssoConnection.findFirst({ where: { kind: "saml" } });
    const data = { issuer: metadata.entityId, samlMetadata: input.metadataXml, enabled: input.enabled ?? false };
    return existing
      ? db.ssoConnection.update({ where: { id: existing.id }, data })
      : db.ssoConnection.create({ data: { ...data, organizationId, kind: "saml" } });
  });
  return { id: row.id, entityId: metadata.entityId, enabled: row.enabled, metadata, updatedAt: row.updatedAt };
}

export async function getSamlConnection(organizationId: string): Promise<SamlConnection | null> {
  const row = await withTenant(organizationId, (db) => db.ssoConnection.findFirst({ where: { kind: "saml" } }));
  if (!row?.samlMetadata) return null;
  // Stored metadata was valid when saved; read it without the expiry check so an expired
  // certificate shows on the settings page instead of hiding the connection.
  const metadata = parseIdpMetadata(row.samlMetadata, { now: new Date(0) });
  return { id: row.id, entityId: metadata.entityId, enabled: row.enabled, metadata, updatedAt: row.updatedAt };
}

/**
 * The service provider for one organization: this site's entity id and assertion consumer URL
 * are per organization, so a response meant for one organization cannot sign in to another.
 */
export function samlServiceProvider(
  organizationId: string,
  siteUrl: string,
  metadata: IdpMetadata,
  /** Extra settings for sign-in: where request ids are kept (InResponseTo checks). */
  extra: Pick<SamlConfig, "cacheProvider" | "validateInResponseTo" | "requestIdExpirationPeriodMs"> = {},
): SAML {
  return new SAML({
    ...extra,
    issuer: samlEntityId(organizationId, siteUrl),
    callbackUrl: samlAcsUrl(organizationId, siteUrl),
    entryPoint: metadata.ssoUrl,
    idpIssuer: metadata.entityId,
    idpCert: metadata.signingCertificates,
    audience: samlEntityId(organizationId, siteUrl),
    // Either signature will do — the response's (which covers its one assertion) or the
    // assertion's — as IdPs differ; node-saml refuses a response with neither, or with more than
    // one assertion.
    wantAssertionsSigned: false,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: 60_000,
    identifierFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
  });
}
