// The request guard (Next.js 16's name for middleware). It sets the security headers on every
// response but the JSON endpoints of UNGUARDED_JSON_PATHS (next.config.ts sets theirs, ADR 17),
// resolves the interface language (lib/i18n) and keeps the signed-in areas private
// (lib/auth/guard): /app and /admin pages redirect to sign-in without a valid session, /api/app
// answers 401. Only those paths look at the session (one indexed query); public pages never
// touch the database here. Pages, route handlers and server actions check again themselves.
import { NextResponse, type NextRequest } from "next/server";
import { usesSecureCookies } from "./lib/auth/config";
import { readSessionToken } from "./lib/auth/cookies";
import { areaOf, guardDecision, type GuardDecision } from "./lib/auth/guard";
import { checkSession } from "./lib/auth/session-check";
import { LOCALE_HEADER } from "./lib/i18n/locales";
import { rememberLocale, requestLocale } from "./lib/i18n/request";
import { createNonce, securityHeaders } from "./lib/security/headers";

async function decide(request: NextRequest): Promise<GuardDecision> {
  const area = areaOf(request.nextUrl.pathname);
  if (area === "public") return { kind: "pass" };
  const state = await checkSession(readSessionToken(request.cookies, usesSecureCookies()));
  const status = state.status === "ended" ? state.reason : state.status;
  return guardDecision(area, request.nextUrl.pathname, request.nextUrl.search, status);
}

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders(nonce, { dev: process.env.NODE_ENV === "development" });
  const { locale, chosen } = requestLocale(request);
  const decision = await decide(request);
  let response: NextResponse;
  if (decision.kind === "redirect") {
    response = NextResponse.redirect(new URL(decision.location, request.nextUrl.origin), 303);
    response.headers.set("Cache-Control", "no-store");
  } else if (decision.kind === "unauthorized") {
    response = NextResponse.json({ error: decision.reason ?? "unauthorized" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  } else {
    // Next.js reads the CSP (and its nonce) from the request to tag its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    // Always set (never passed through from the client): server components render in this language.
    requestHeaders.set(LOCALE_HEADER, locale);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // An explicit ?lang= is remembered for later visits.
  if (chosen) rememberLocale(response, chosen, request);
  return response;
}

export const config = {
  // Every path but the JSON endpoints of lib/security/headers' UNGUARDED_JSON_PATHS, exactly
  // (a literal: Next.js reads the matcher at build time).
  matcher: "/((?!api/v1/search$|api/health$).*)",
};
