// The session cookie's name, shared by Auth.js's configuration and the proxy (which reads the
// cookie without starting Auth.js). Auth.js's own convention: `__Secure-` prefixed over https.

export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** The session token in a request's cookies, under the name this deployment uses. */
export function readSessionToken(cookies: CookieReader, secure: boolean): string | undefined {
  return cookies.get(sessionCookieName(secure))?.value || undefined;
}
