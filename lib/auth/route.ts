// Auth.js's route handlers (app/api/auth/[...nextauth]), plus an audit row when a magic link
// fails — expired, already used or forged — which Auth.js reports only as a redirect to the
// error page; and the magic-link rate limit for requests that come to Auth.js's sign-in endpoint
// directly rather than through the sign-in form.
import { NextResponse, type NextRequest } from "next/server";
import { recordPlatformAudit, requestOrigin } from "../audit";
import { EMAIL_PROVIDER, handlers } from "./auth";
import { SIGN_IN_PATH } from "./guard";
import { magicLinkLimiter } from "./rate-limit";
import { providerOfAuthPath, withSignInContext } from "./sign-in-context";

/** Runs Auth.js with the provider of the endpoint in context: the session it opens records it. */
const inContext = (request: NextRequest, handle: () => Promise<Response>) =>
  withSignInContext({ providerId: providerOfAuthPath(request.nextUrl.pathname) }, handle);

async function auditFailedLink(request: NextRequest, response: Response): Promise<void> {
  if (!request.nextUrl.pathname.endsWith(`/callback/${EMAIL_PROVIDER}`)) return;
  const location = response.headers.get("location");
  if (!location) return;
  const reason = new URL(location, request.nextUrl.origin).searchParams.get("error");
  if (!reason) return;
  await recordPlatformAudit({
    action: "auth.sign_in_failed",
    target: request.nextUrl.searchParams.get("email")?.slice(0, 254) || null,
    metadata: { provider: EMAIL_PROVIDER, reason: reason.slice(0, 64) },
    ...requestOrigin(request.headers),
  });
}

export const authRoute = {
  async GET(request: NextRequest): Promise<Response> {
    const response = await inContext(request, () => handlers.GET(request));
    await auditFailedLink(request, response);
    return response;
  },
  async POST(request: NextRequest): Promise<Response> {
    if (request.nextUrl.pathname.endsWith(`/signin/${EMAIL_PROVIDER}`)) {
      const form = await request.clone().formData().catch(() => null);
      const email = form?.get("email");
      if (typeof email === "string" && email.trim()) {
        const allowance = await magicLinkLimiter().take(email, request.headers);
        if (!allowance.allowed) {
          return NextResponse.redirect(new URL(`${SIGN_IN_PATH}?error=rateLimited`, request.nextUrl.origin), 303);
        }
      }
    }
    return inContext(request, () => handlers.POST(request));
  },
};
