import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { SiteFooter } from "./site-footer";
import { SiteHeader, SkipLink } from "./site-header";

/** The public site's frame: skip link, header, the page's main landmark and footer. */
export function SiteChrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} />
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}
