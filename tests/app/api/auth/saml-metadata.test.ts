// GET /api/auth/saml/<organization>/metadata through its route handler: this site's SP metadata
// for an organization with a SAML connection (node-saml's generateServiceProviderMetadata, per
// organization entity id and ACS URL), 404 for anything else.
import { randomUUID } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/auth/saml/[organizationId]/metadata/route";
import { authUrl } from "@/lib/auth/config";
import { samlAcsUrl, samlEntityId, saveSamlConnection } from "@/lib/sso";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../../support/db";
import { idpMetadataXml, samlKeyPair } from "../../../support/sso-idp";
import { giveEnterprisePlan } from "../../../support/organizations";

const run = randomUUID().slice(0, 8);
const withSaml = randomUUID();
const without = randomUUID();

beforeAll(async () => {
  await withClient((c) => c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'With', $2), ($3, 'Without', $4)", [withSaml, `spmeta-a-${run}`, without, `spmeta-b-${run}`]));
  await giveEnterprisePlan(withSaml, without);
  await saveSamlConnection(withSaml, { metadataXml: idpMetadataXml({ entityId: "https://idp.example.org/meta", ssoUrl: "https://idp.example.org/sso", certBase64: samlKeyPair("meta").base64 }) });
  // Another organization's OIDC connection is no SAML connection.
  await withClient((c) => c.query("INSERT INTO sso_connections (organization_id, kind, issuer, client_id, enabled, updated_at) VALUES ($1, 'oidc', 'https://idp.example', 'c', true, now())", [without]));
});

afterAll(() => closeTenantConnections());

const get = (id: string) => GET(new Request(`http://localhost/api/auth/saml/${id}/metadata`), { params: Promise.resolve({ organizationId: id }) });

describe("GET /api/auth/saml/[organizationId]/metadata", () => {
  it("describes this site as the organization's service provider", async () => {
    const response = await get(withSaml.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/samlmetadata+xml; charset=utf-8");
    const doc = new DOMParser().parseFromString(await response.text(), "text/xml");
    const entity = doc.documentElement!;
    expect(entity.localName).toBe("EntityDescriptor");
    expect(entity.getAttribute("entityID")).toBe(samlEntityId(withSaml, authUrl()));
    const acs = doc.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:metadata", "AssertionConsumerService")[0]!;
    expect(acs.getAttribute("Location")).toBe(samlAcsUrl(withSaml, authUrl()));
    expect(acs.getAttribute("Binding")).toBe("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
  });

  it("answers 404 for an unknown organization, one without SAML, or an id that is no UUID", async () => {
    for (const id of [randomUUID(), without, "not-a-uuid", "../x"]) {
      const response = await get(id);
      expect(response.status, id).toBe(404);
      expect(await response.text()).not.toContain("EntityDescriptor");
    }
  });
});
