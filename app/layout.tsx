import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import { getI18n } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";
import "./globals.css";

// An inline icon: no extra request, and no 404 for /favicon.ico.
const icon =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#172554"/><path d="M9 8v16M23 8v16M9 16h14" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/></svg>`,
  );

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  const siteName = t("common.siteName");
  return {
    // Absolute URLs for shared links and preview images: SITE_URL in production.
    metadataBase: new URL(siteUrl()),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: t("meta.description"),
    icons: { icon },
    openGraph: { siteName, type: "website" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#172554",
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
