import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import type { PageLocation } from "./language-links";
import { SiteFooter } from "./site-footer";
import { SiteHeader, SkipLink } from "./site-header";

/**
 * The public site's frame: skip link, header, the page's main landmark and footer. `here` is
 * the page's location where the App Router's URL hooks are not available (pages/).
 */
export function SiteChrome({ locale, here, children }: { locale: Locale; here?: PageLocation; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} {...(here && { here })} />
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}
