import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader, SkipLink } from "./site-header";

/** The public site's frame: skip link, header, the page's main landmark and footer. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
