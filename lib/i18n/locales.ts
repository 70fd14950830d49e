// The supported interface languages and the names the request guard and pages share.

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Query parameter that chooses the language explicitly: `?lang=es`. */
export const LOCALE_PARAM = "lang";
/** Cookie that remembers an explicit choice for a year. */
export const LOCALE_COOKIE = "lang";
/** Request header through which proxy.ts tells server components the resolved locale. */
export const LOCALE_HEADER = "x-locale";

/** Each language's name in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/** The Intl locale behind each interface language: US English and US Spanish (prices are in US dollars). */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-US", es: "es-US" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i;

/** The supported locale for a BCP 47 tag by its primary language ("es-MX" → "es"), or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (typeof tag !== "string") return null;
  const trimmed = tag.trim();
  if (!LANGUAGE_TAG.test(trimmed)) return null;
  const primary = trimmed.split("-")[0]!.toLowerCase();
  return isLocale(primary) ? primary : null;
}
