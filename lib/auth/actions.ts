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

export type MagicLinkRequest = { status: "invalidEmail" | "rateLimited"; email: string };

/**
 * Sends a magic link to the form's `email` and redirects to the "check your email" page; an
 * invalid address comes back as `invalidEmail`. The link returns to `callbackUrl` when it is a
 * path on this site, else to the app's home. Too many requests for the address, or from the
 * client, come back as `rateLimited` (lib/auth/rate-limit).
 */
export async function requestMagicLink(form: FormData): Promise<MagicLinkRequest> {
  const raw = String(form.get("email") ?? "");
  const email = emailInput.safeParse(raw);
  if (!email.success) return { status: "invalidEmail", email: raw.slice(0, 254) };
  const allowance = await magicLinkLimiter().take(email.data, await headers());
  if (!allowance.allowed) return { status: "rateLimited", email: email.data };
  const callback = safeCallbackPath(String(form.get("callbackUrl") ?? "")) ?? APP_HOME;
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
