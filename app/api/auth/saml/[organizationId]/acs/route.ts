// The assertion consumer service: the identity provider posts its signed SAML response here.
import type { NextRequest } from "next/server";
import { samlAcs } from "@/lib/auth/saml-route";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ organizationId: string }> }) {
  return samlAcs(request, (await params).organizationId);
}
