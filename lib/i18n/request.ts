// The proxy's part (proxy.ts): resolve each request's locale and remember an explicit choice.
import type { NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, LOCALE_PARAM, matchLocale, type Locale } from "./locales";
import { resolveLocale } from "./negotiate";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface RequestLocale {
  /** The locale to render the request in. */
  locale: Locale;
  /** The locale chosen explicitly with `?lang=`, to be remembered; null when there is none (or it is unsupported). */
  chosen: Locale | null;
}

export function requestLocale(request: NextRequest): RequestLocale {
  const param = request.nextUrl.searchParams.get(LOCALE_PARAM);
  return {
    locale: resolveLocale({
      searchParam: param,
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    }),
    chosen: matchLocale(param),
  };
}

/** Sets the `lang` cookie: a year, the whole site, sent on top-level navigations from other sites (Lax). */
export function rememberLocale(response: NextResponse, locale: Locale, request: NextRequest): void {
  response.cookies.set(LOCALE_COOKIE, locale, {
    maxAge: ONE_YEAR_SECONDS,
    path: "/",
    sameSite: "lax",
    httpOnly: true, // only the server reads it
    secure: request.nextUrl.protocol === "https:",
  });
}
