// Interface languages: English and Spanish.
//
//   Which language      resolveLocale({ searchParam, cookie, acceptLanguage }): `?lang=` wins,
//                       then the `lang` cookie, then Accept-Language (q-values), then English.
//                       proxy.ts resolves it for every request (lib/i18n/request.ts), remembers
//                       an explicit `?lang=` in the cookie and hands the result to the app in the
//                       `x-locale` request header.
//   Server components   const { t, rich, money, … } = await getI18n()   (from "@/lib/i18n/server")
//   Any component       i18nFor(locale), given the locale as a prop. Keep it out of client
//                       components: it pulls both dictionaries into the browser bundle. A client
//                       component takes its text as props from a server parent; useLocale() from
//                       "@/lib/i18n/client" gives the locale (the root layout provides it).
//   Messages            lib/i18n/messages/en.ts (reference) and es.ts, flat namespaced keys:
//                       t("search.summary.byCode", { n: 12 }); rich("site.footer.demo",
//                       { strong: (c) => <strong>{c}</strong> }). Keys and their values are type-checked.
//   Formatting          money(1650.25) "$1,650.25", count, percent, date("2026-01-15"), list(…, "or")
//   Switching           localeSwitchHref(pathname, search, "es"): the same page with `?lang=es`.
//
// This module is safe in client bundles; the server helper and the proxy helper live apart.
export {
  DEFAULT_LOCALE,
  INTL_LOCALES,
  LOCALES,
  LOCALE_COOKIE,
  LOCALE_HEADER,
  LOCALE_NAMES,
  LOCALE_PARAM,
  isLocale,
  matchLocale,
  type Locale,
} from "./locales";
export { localeFromAcceptLanguage, localeSwitchHref, parseAcceptLanguage, resolveLocale, type LanguageRange, type LocaleSources } from "./negotiate";
export { i18nFor, type I18n, type MessageKey, type MessageValues, type PlainMessageKey, type RichValues } from "./translate";
export type { Messages, PluralMessage } from "./messages/en";
