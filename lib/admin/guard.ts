// The operator area's gate (issue 5): every /admin page and server action calls requireOperator
// itself — the proxy's session check is the first line, not the only one.
//
//   not signed in                          → sign-in, coming back to `path`
//   signed in, not a platform operator     → the 403 page (forbidden())
//   an operator without TOTP enrolled      → /app/security?required=operator (two-factor is
//                                            required of operators; the page says why)
//   enrolled, but this session has not
//   passed the code yet                    → /sign-in/two-factor?callbackUrl=<path>
import { forbidden, redirect } from "next/navigation";
import { currentSession, requireUser, signInPath, type CurrentUser } from "../auth/actions";
import { safeCallbackPath } from "../auth/guard";

export const SECURITY_PATH = "/app/security";
export const TWO_FACTOR_PATH = "/sign-in/two-factor";

/** Where an operator without two-factor is sent to enrol. */
export const OPERATOR_ENROL_PATH = `${SECURITY_PATH}?required=operator`;

/** The two-factor page, coming back to `path` (a path on this site) once the code is entered. */
export function twoFactorPath(path: string): string {
  const back = safeCallbackPath(path);
  return back ? `${TWO_FACTOR_PATH}?callbackUrl=${encodeURIComponent(back)}` : TWO_FACTOR_PATH;
}

/** The signed-in platform operator whose session passed two-factor, or a redirect / 403 as above. */
export async function requireOperator(path: string): Promise<CurrentUser> {
  const user = await requireUser(path);
  const session = await currentSession();
  // The session Auth.js found and the one the cookie names are the same row; anything else is no session.
  if (!session || session.userId !== user.id) redirect(signInPath(path));
  if (!session.isPlatformOperator) forbidden();
  if (!session.totpEnabled) redirect(OPERATOR_ENROL_PATH);
  if (!session.secondFactorAt) redirect(twoFactorPath(path));
  return user;
}
