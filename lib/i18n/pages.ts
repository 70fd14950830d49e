// The locale of a Pages Router request (its routes see the raw request, not
// next/headers): the one proxy.ts resolved (`x-locale`), or — where the proxy did not run —
// `?lang=`, the cookie and Accept-Language, as the proxy would have chosen.
import type { IncomingMessage } from "node:http";
import { LOCALE_COOKIE, LOCALE_HEADER, LOCALE_PARAM, isLocale, type Locale } from "./locales";
import { resolveLocale } from "./negotiate";

type PagesRequest = IncomingMessage & { cookies?: Partial<Record<string, string>> };

export function pagesRequestLocale(request: PagesRequest, query: Record<string, string | string[] | undefined>): Locale {
  const resolved = request.headers[LOCALE_HEADER];
  if (typeof resolved === "string" && isLocale(resolved)) return resolved;
  const acceptLanguage = request.headers["accept-language"];
  return resolveLocale({ searchParam: query[LOCALE_PARAM], cookie: request.cookies?.[LOCALE_COOKIE], acceptLanguage: typeof acceptLanguage === "string" ? acceptLanguage : null });
}
