// A whole HTML document in the site's frame, for a page rendered outside Next.js's page
// renderers (the streamed /search page): <html lang>, the head (./page-head.tsx), and the body
// of app/layout.tsx with the public site's chrome.
import type { ReactNode } from "react";
import type { PageLocation } from "./language-links";
import { PageHead, type PageHeadProps } from "./page-head";
import { SiteChrome } from "./site-chrome";

export function SiteDocument({ head, here, children }: { head: PageHeadProps; here: PageLocation; children: ReactNode }) {
  return (
    <html lang={head.locale}>
      <PageHead {...head} />
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <SiteChrome locale={head.locale} here={here}>
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
