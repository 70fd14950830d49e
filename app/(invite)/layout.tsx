// The invitation pages' frame: the public site's header and footer. Not under (app): that
// layout's sign-in check would return to /app, and an invitation must come back to its own link.
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";
import { getI18n } from "@/lib/i18n/server";

export default async function InviteLayout({ children }: { children: ReactNode }) {
  const { locale } = await getI18n();
  return <SiteChrome locale={locale}>{children}</SiteChrome>;
}
