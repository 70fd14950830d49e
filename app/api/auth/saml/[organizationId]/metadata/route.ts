// GET /api/auth/saml/<organization id>/metadata: this site's SAML service-provider metadata for
// one organization (its entity id and assertion consumer URL), for the organization's identity
// provider admin to upload or point at. Public — an IdP fetches it without a session — and it
// holds nothing secret; 404 for an unknown organization or one without a SAML connection.
import { authUrl } from "@/lib/auth/config";
import { getSamlConnection, samlServiceProvider, ssoAllowed } from "@/lib/sso";
import { isUuid } from "@/lib/tenancy/roles";

export const dynamic = "force-dynamic";


const notFound = () => new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ organizationId: string }> }): Promise<Response> {
  const { organizationId: raw } = await params;
  if (!isUuid(raw)) return notFound();
  const organizationId = raw.toLowerCase();
  // Row-level security scopes the read to this organization; an unknown id simply has no row.
  const connection = await getSamlConnection(organizationId);
  if (!connection || !(await ssoAllowed(organizationId))) return notFound();
  const xml = samlServiceProvider(organizationId, authUrl(), connection.metadata).generateServiceProviderMetadata(null, null);
  return new Response(xml, {
    status: 200,
    headers: {
      "content-type": "application/samlmetadata+xml; charset=utf-8",
      "content-disposition": `inline; filename="priceline-sp-${organizationId}.xml"`,
      "cache-control": "no-store",
    },
  });
}
