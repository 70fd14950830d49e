"use client";

// Links to the current page in each other language: plain <a> elements (a full page load, so the
// proxy remembers the choice and the whole page, <html lang> included, is rendered anew), built
// from the live URL so they stay right after client-side navigations. Server-rendered, they work
// without JavaScript. Each link is named in its own language and marked so (lang, hreflang).
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
// From the modules themselves, not "@/lib/i18n": its index would bring the dictionaries to the browser.
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { localeSwitchHref } from "@/lib/i18n/negotiate";

const linkClass = "inline-flex min-h-6 items-center text-sm font-medium text-white underline underline-offset-2 hover:decoration-2";

function Links({ locale, search }: { locale: Locale; search: URLSearchParams | string }) {
  const pathname = usePathname();
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

function LinksWithQuery({ locale }: { locale: Locale }) {
  const searchParams = useSearchParams();
  return <Links locale={locale} search={searchParams.toString()} />;
}

export function LanguageSwitcher({ locale }: { locale: Locale }) {
  // useSearchParams needs a Suspense boundary where a page is prerendered; the fallback keeps the path.
  return (
    <Suspense fallback={<Links locale={locale} search="" />}>
      <LinksWithQuery locale={locale} />
    </Suspense>
  );
}
