import Link from "next/link";
import { i18nFor, type Locale } from "@/lib/i18n";
import { LanguageLinks, type PageLocation } from "./language-links";
import { LanguageSwitcher } from "./language-switcher";

export function SkipLink({ locale }: { locale: Locale }) {
  return (
    <a
      href="#main-content"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-700 focus:shadow"
    >
      {i18nFor(locale).t("site.skipToContent")}
    </a>
  );
}

/** `here`: the page's own location, for a page rendered without the App Router's URL hooks. */
export function SiteHeader({ locale, here }: { locale: Locale; here?: PageLocation }) {
  const { t } = i18nFor(locale);
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-white no-underline hover:underline">
          {t("common.siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label={t("site.nav.label")}>
            <ul className="flex gap-4 text-sm font-medium">
              <li>
                <Link href="/search" className="text-white underline-offset-2 hover:underline">
                  {t("site.nav.search")}
                </Link>
              </li>
              <li>
                <Link href="/services" className="text-white underline-offset-2 hover:underline">
                  {t("services.nav")}
                </Link>
              </li>
            </ul>
          </nav>
          {here ? <LanguageLinks locale={locale} {...here} /> : <LanguageSwitcher locale={locale} />}
        </div>
      </div>
    </header>
  );
}
