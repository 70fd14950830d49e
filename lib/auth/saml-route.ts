// The SAML endpoints' request handling (app/api/auth/saml/[organizationId]/…): start a sign-in
// (redirect to the IdP), and take the IdP's posted response (open the session, set its cookie).
import { NextResponse, type NextRequest } from "next/server";
import { requestOrigin } from "../audit";
import { authUrl, usesSecureCookies } from "./config";
import { sessionCookieName } from "./cookies";
import { SIGN_IN_PATH } from "./guard";
import { completeSamlSignIn, SamlSignInError, startSamlSignIn } from "./saml-sign-in";
import { isUuid } from "../tenancy/roles";


const noStore = { "Cache-Control": "no-store" };

function toErrorPage(code: string): NextResponse {
  return NextResponse.redirect(new URL(`${SIGN_IN_PATH}/error?error=${encodeURIComponent(`Sso.${code}`)}`, authUrl()), { status: 303, headers: noStore });
}

export async function samlLogin(request: NextRequest, organizationId: string): Promise<Response> {
  if (!isUuid(organizationId)) return toErrorPage("no_connection");
  try {
    const location = await startSamlSignIn(organizationId.toLowerCase(), request.nextUrl.searchParams.get("callbackUrl"));
    return NextResponse.redirect(location, { status: 303, headers: noStore });
  } catch (error) {
    if (error instanceof SamlSignInError) return toErrorPage(error.code);
    throw error;
  }
}

export async function samlAcs(request: NextRequest, organizationId: string): Promise<Response> {
  if (!isUuid(organizationId)) return toErrorPage("no_connection");
  const form = await request.formData().catch(() => null);
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : null;
  };
  try {
    const session = await completeSamlSignIn(
      organizationId.toLowerCase(),
      { SAMLResponse: field("SAMLResponse"), RelayState: field("RelayState") },
      requestOrigin(request.headers),
    );
    const response = NextResponse.redirect(new URL(session.redirectTo, authUrl()), { status: 303, headers: noStore });
    const secure = usesSecureCookies();
    response.cookies.set(sessionCookieName(secure), session.sessionToken, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: session.expires });
    return response;
  } catch (error) {
    if (error instanceof SamlSignInError) return toErrorPage(error.code);
    throw error;
  }
}
