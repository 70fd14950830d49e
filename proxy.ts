// The request guard (Next.js 16's name for middleware). It sets the security headers on every
// response and resolves the interface language (lib/i18n); authentication joins it later.
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER } from "./lib/i18n/locales";
import { rememberLocale, requestLocale } from "./lib/i18n/request";
import { createNonce, securityHeaders } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders(nonce, { dev: process.env.NODE_ENV === "development" });
  const { locale, chosen } = requestLocale(request);
  // Next.js reads the CSP (and its nonce) from the request to tag its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // Always set (never passed through from the client): server components render in this language.
  requestHeaders.set(LOCALE_HEADER, locale);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // An explicit ?lang= is remembered for later visits.
  if (chosen) rememberLocale(response, chosen, request);
  return response;
}

export const config = {
  matcher: "/:path*",
};
