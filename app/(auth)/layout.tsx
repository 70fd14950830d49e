import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";
import { getI18n } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const { locale } = await getI18n();
  return <SiteChrome locale={locale}>{children}</SiteChrome>;
}
