// Starts an organization's SAML sign-in: a redirect to its identity provider.
import type { NextRequest } from "next/server";
import { samlLogin } from "@/lib/auth/saml-route";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ organizationId: string }> }) {
  return samlLogin(request, (await params).organizationId);
}
