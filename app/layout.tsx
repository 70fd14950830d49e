import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import { getI18n } from "@/lib/i18n/server";
import { SITE_ICON, SITE_THEME_COLOR, siteUrl } from "@/lib/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  const siteName = t("common.siteName");
  return {
    // Absolute URLs for shared links and preview images: SITE_URL in production.
    metadataBase: new URL(siteUrl()),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: t("meta.description"),
    icons: { icon: SITE_ICON },
    openGraph: { siteName, type: "website" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: SITE_THEME_COLOR,
};

// The language comes from the proxy (`?lang=`, the `lang` cookie or Accept-Language): see lib/i18n.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getI18n();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
