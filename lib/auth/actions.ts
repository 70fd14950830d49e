// What the sign-in pages and the app call. Every caller re-checks the session itself (the
// proxy's check is the first line, not the only one).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordPlatformAudit, requestOrigin } from "../audit";
import { usesSecureCookies } from "./config";
import { readSessionToken } from "./cookies";
import { EMAIL_PROVIDER, auth, signIn, signOut } from "./auth";
import { APP_HOME, SIGN_IN_PATH, safeCallbackPath } from "./guard";
import { magicLinkLimiter } from "./rate-limit";
import { oidcProviderId, samlLoginUrl } from "../sso/urls";
import { withSignInContext } from "./sign-in-context";
import { ssoRouteFor, type SsoRoute } from "./sso-identity";
import { endOtherSessions, sessionDetails, type SessionDetails } from "./sessions";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
}

/** The signed-in user of this request (the session is checked in the database), or null. */
export async function currentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
}

/** The token of this request's session cookie, if any (not checked: see currentSession). */
export async function currentSessionToken(): Promise<string | undefined> {
  return readSessionToken(await cookies(), usesSecureCookies());
}

/** This request's session, checked in the database, with how it was opened and its two-factor state. */
export async function currentSession(): Promise<SessionDetails | null> {
  return sessionDetails(await currentSessionToken());
}

export function signInPath(returnTo?: string | null): string {
  const back = safeCallbackPath(returnTo);
  return back ? `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(back)}` : SIGN_IN_PATH;
}

/** The signed-in user, or a redirect to sign-in that returns to `returnTo`. */
export async function requireUser(returnTo: string = APP_HOME): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}

export const emailInput = z.string().trim().toLowerCase().max(254).pipe(z.email());

export type MagicLinkRequest =
  | { status: "invalidEmail" | "rateLimited"; email: string }
  /** The address's organization signs in with SSO but does not require it: the person chooses. */
  | { status: "ssoAvailable"; email: string; organizationName: string };

/** Sends the browser to the organization's identity provider (this never returns). */
export async function startSsoSignIn(route: Pick<SsoRoute, "organizationId" | "kind">, callbackUrl: string): Promise<never> {
  if (route.kind === "saml") {
    const url = new URL(samlLoginUrl(route.organizationId));
    redirect(`${url.pathname}?${new URLSearchParams({ callbackUrl })}`);
  }
  const providerId = oidcProviderId(route.organizationId);
  // Auth.js builds its configuration without the request here: the context names the provider.
  await withSignInContext({ providerId }, () => signIn(providerId, { redirectTo: callbackUrl }));
  redirect(`${SIGN_IN_PATH}/error?error=Configuration`);
}

/**
 * Sends a magic link to the form's `email` and redirects to the "check your email" page; an
 * invalid address comes back as `invalidEmail`. The link returns to `callbackUrl` when it is a
 * path on this site, else to the app's home. Too many requests for the address, or from the
 * client, come back as `rateLimited` (lib/auth/rate-limit). An address whose organization signs in
 * with SSO goes to its identity provider instead (or, where SSO is optional, comes back as
 * `ssoAvailable` for the person to choose).
 */
export async function requestMagicLink(form: FormData): Promise<MagicLinkRequest> {
  const raw = String(form.get("email") ?? "");
  const email = emailInput.safeParse(raw);
  if (!email.success) return { status: "invalidEmail", email: raw.slice(0, 254) };
  const callback = safeCallbackPath(String(form.get("callbackUrl") ?? "")) ?? APP_HOME;
  // An address at a domain an organization has verified signs in through its identity provider:
  // always when the organization requires it, otherwise unless the person chose the email link.
  const sso = await ssoRouteFor(email.data);
  const method = String(form.get("method") ?? "");
  if (sso && (sso.required || method === "sso")) await startSsoSignIn(sso, callback);
  if (sso && method !== "email") return { status: "ssoAvailable", email: email.data, organizationName: sso.organizationName };
  // Only links sent by email count against the limit; going to an identity provider sends none.
  const allowance = await magicLinkLimiter().take(email.data, await headers());
  if (!allowance.allowed) return { status: "rateLimited", email: email.data };
  await signIn(EMAIL_PROVIDER, { email: email.data, redirectTo: callback });
  // signIn redirects (to the "check your email" page, or to the error page).
  redirect(`${SIGN_IN_PATH}/check-email`);
}

/** Ends this browser's session. */
export async function signOutHere(): Promise<never> {
  await signOut({ redirectTo: `${SIGN_IN_PATH}?signedOut=1` });
  redirect(`${SIGN_IN_PATH}?signedOut=1`);
}

/** Ends every session of the signed-in user, on every device, then this one. */
export async function signOutEverywhere(headers: Headers): Promise<never> {
  const user = await currentUser();
  if (!user) redirect(SIGN_IN_PATH);
  const token = readSessionToken(await cookies(), usesSecureCookies());
  const ended = await endOtherSessions(user.id, token);
  await recordPlatformAudit({
    action: "auth.sign_out_everywhere",
    actorUserId: user.id,
    target: `user:${user.id}`,
    metadata: { otherSessionsEnded: ended },
    ...requestOrigin(headers),
  });
  await signOut({ redirectTo: `${SIGN_IN_PATH}?signedOut=everywhere` });
  redirect(`${SIGN_IN_PATH}?signedOut=everywhere`);
}
