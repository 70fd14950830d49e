// The locale and translator of the current request, for server components, layouts and
// generateMetadata. Next.js 16's headers()/cookies() are async, hence so is this.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, LOCALE_HEADER, isLocale, type Locale } from "./locales";
import { resolveLocale } from "./negotiate";
import { i18nFor, type I18n } from "./translate";

/**
 * The request's locale: the one proxy.ts resolved (`x-locale`), or — where the proxy did not
 * run — the cookie and Accept-Language (a server component cannot see `?lang=`; the proxy can).
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const h = await headers();
  const resolved = h.get(LOCALE_HEADER);
  if (isLocale(resolved)) return resolved;
  const c = await cookies();
  return resolveLocale({ cookie: c.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") });
});

/** `{ locale, t, rich, money, count, percent, date, list, plural }` for the current request. */
export async function getI18n(): Promise<I18n> {
  return i18nFor(await getLocale());
}
