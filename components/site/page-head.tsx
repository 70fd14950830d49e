// The <head> elements of a page rendered outside the App Router (the /search page, sent in
// document order by pages/api/search-page.ts): what app/layout.tsx's metadata and viewport
// give the App Router's pages — the title in the site's template, description, icon, theme
// colour, Open Graph and Twitter cards with absolute URLs — and the site's stylesheets.
import { i18nFor, type Locale } from "@/lib/i18n";
import { SITE_ICON, SITE_THEME_COLOR, siteUrl } from "@/lib/site";

export interface PageHeadProps {
  locale: Locale;
  /** The page's own title; the site's name is added to it. */
  title: string;
  /** The canonical path (and query), made absolute. */
  canonical?: string;
  /** The preview image's path (1200×630), made absolute. */
  image?: string;
  /** The stylesheets' URLs. */
  stylesheets: readonly string[];
}

export function PageHead({ locale, title, canonical, image, stylesheets }: PageHeadProps) {
  const { t } = i18nFor(locale);
  const siteName = t("common.siteName");
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  return (
    // eslint-disable-next-line @next/next/no-head-element -- a whole document rendered outside Next.js's page renderers (ADR 14)
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} · ${siteName}`}</title>
      <meta name="description" content={t("meta.description")} />
      <meta name="theme-color" content={SITE_THEME_COLOR} />
      <link rel="icon" href={SITE_ICON} />
      {stylesheets.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      {canonical ? <link rel="canonical" href={absolute(canonical)} /> : null}
      <meta property="og:title" content={title} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:type" content="website" />
      {canonical ? <meta property="og:url" content={absolute(canonical)} /> : null}
      {image ? <meta property="og:image" content={absolute(image)} /> : null}
      {image ? <meta property="og:image:width" content="1200" /> : null}
      {image ? <meta property="og:image:height" content="630" /> : null}
      {image ? <meta property="og:image:alt" content={title} /> : null}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      {image ? <meta name="twitter:image" content={absolute(image)} /> : null}
    </head>
  );
}
