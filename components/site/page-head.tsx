// The <head> of a Pages Router page (pages/): what app/layout.tsx's metadata and viewport give
// the App Router's pages — the title in the site's template, description, icon, theme colour,
// Open Graph and Twitter cards with absolute URLs — so both routers' pages share alike.
import Head from "next/head";
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
}

export function PageHead({ locale, title, canonical, image }: PageHeadProps) {
  const { t } = i18nFor(locale);
  const siteName = t("common.siteName");
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  return (
    <Head>
      <title>{`${title} · ${siteName}`}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content={SITE_THEME_COLOR} />
      <meta name="description" content={t("meta.description")} />
      <link rel="icon" href={SITE_ICON} />
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
    </Head>
  );
}
