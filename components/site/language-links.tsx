// Links to a page in each other language: plain <a> elements (a full page load, so the proxy
// remembers the choice and the whole page, <html lang> included, is rendered anew). Each link
// is named in its own language and marked so (lang, hreflang). No hooks: a page that knows
// its own URL renders these directly; ./language-switcher.tsx reads the live URL for them.
// From the modules themselves, not "@/lib/i18n": its index would bring the dictionaries to the browser.
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { localeSwitchHref } from "@/lib/i18n/negotiate";

const linkClass = "inline-flex min-h-6 items-center text-sm font-medium text-white underline underline-offset-2 hover:decoration-2";

export interface PageLocation {
  pathname: string;
  /** The query string, without "?". */
  search: string;
}

export function LanguageLinks({ locale, pathname, search }: { locale: Locale } & PageLocation) {
  return (
    <>
      {LOCALES.filter((l) => l !== locale).map((other) => (
        <a key={other} href={localeSwitchHref(pathname, search, other)} lang={other} hrefLang={other} className={linkClass}>
          {LOCALE_NAMES[other]}
        </a>
      ))}
    </>
  );
}
