// Which language a request gets: an explicit ?lang= wins, then the `lang` cookie, then the
// browser's Accept-Language (RFC 9110 §12.5.4, with q-values), then English.
//
// Written by hand: with two locales and language-level matching the whole job is this parser,
// and the usual libraries (negotiator, @formatjs/intl-localematcher) add more than they save.
import { DEFAULT_LOCALE, LOCALE_PARAM, LOCALES, matchLocale, type Locale } from "./locales";

export interface LanguageRange {
  /** A language tag ("es-MX") or "*". */
  tag: string;
  /** Its weight, 0–1; 0 means "not acceptable". */
  q: number;
}

// Browsers send a handful of ranges; anything far longer is not worth parsing.
const MAX_HEADER_LENGTH = 4096;
const MAX_RANGES = 32;
const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parses an Accept-Language header into its ranges, highest weight first (ties keep the
 * header's order). Malformed ranges and ranges with a malformed q are skipped.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (typeof header !== "string" || header.length === 0) return [];
  const ranges: LanguageRange[] = [];
  for (const part of header.slice(0, MAX_HEADER_LENGTH).split(",")) {
    if (ranges.length >= MAX_RANGES) break;
    const [rawTag = "", ...params] = part.split(";");
    const tag = rawTag.trim();
    if (tag === "" || !RANGE.test(tag)) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [name = "", value = "", ...extra] = param.split("=").map((s) => s.trim());
      if (name.toLowerCase() !== "q") continue; // other parameters are not defined; ignore them
      if (extra.length > 0 || !QVALUE.test(value)) valid = false;
      else q = Number(value);
    }
    if (valid) ranges.push({ tag, q });
  }
  // Array.prototype.sort is stable, so equal weights keep the header's order.
  return ranges.sort((a, b) => b.q - a.q);
}

/** The best supported locale for an Accept-Language header, or null when none is acceptable. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  const ranges = parseAcceptLanguage(header);
  // "es;q=0" refuses Spanish; "es-MX;q=0" refuses only that variant, which we do not distinguish.
  const refused = new Set(ranges.filter((r) => r.q === 0).map((r) => r.tag.toLowerCase()));
  for (const { tag, q } of ranges) {
    if (q === 0) break; // sorted: only refusals follow
    if (tag === "*") {
      const any = LOCALES.find((l) => !refused.has(l));
      if (any) return any;
      continue;
    }
    const locale = matchLocale(tag);
    if (locale && !refused.has(locale)) return locale;
  }
  return null;
}

export interface LocaleSources {
  /** The `lang` query parameter (a repeated parameter's first value counts). */
  searchParam?: string | readonly string[] | null;
  /** The `lang` cookie. */
  cookie?: string | null;
  /** The Accept-Language request header. */
  acceptLanguage?: string | null;
}

/** The request's locale: `?lang=`, then the cookie, then Accept-Language, then English. Never throws. */
export function resolveLocale({ searchParam, cookie, acceptLanguage }: LocaleSources): Locale {
  const param = typeof searchParam === "string" ? searchParam : searchParam?.[0];
  return matchLocale(param) ?? matchLocale(cookie) ?? localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The same page in another language: `pathname` with the current query string and `lang`
 * set to `locale` (any earlier `lang` replaced). The link a language switcher shows.
 */
export function localeSwitchHref(pathname: string, search: URLSearchParams | string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set(LOCALE_PARAM, locale);
  return `${pathname}?${params.toString()}`;
}
