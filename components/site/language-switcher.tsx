"use client";

// The language links (./language-links.tsx) for the App Router's pages, built from the live
// URL so they stay right after client-side navigations. Server-rendered, they work without
// JavaScript.
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageLinks } from "./language-links";

function Links({ locale, search }: { locale: Locale; search: string }) {
  // Null only in the Pages Router, whose pages pass their location to SiteChrome instead.
  const pathname = usePathname() ?? "/";
  return <LanguageLinks locale={locale} pathname={pathname} search={search} />;
}

function LinksWithQuery({ locale }: { locale: Locale }) {
  const searchParams = useSearchParams();
  return <Links locale={locale} search={searchParams?.toString() ?? ""} />;
}

export function LanguageSwitcher({ locale }: { locale: Locale }) {
  // useSearchParams needs a Suspense boundary where a page is prerendered; the fallback keeps the path.
  return (
    <Suspense fallback={<Links locale={locale} search="" />}>
      <LinksWithQuery locale={locale} />
    </Suspense>
  );
}
