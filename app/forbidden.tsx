// The 403 page (forbidden() from next/navigation, e.g. /admin for someone who is not a platform operator).
import { SiteChrome } from "@/components/site/site-chrome";
import { TextLink } from "@/components/ui/text-link";
import { getI18n } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { locale, t, rich } = await getI18n();
  return (
    <SiteChrome locale={locale}>
      <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("forbidden.title")}</h1>
      <p className="text-slate-700">{rich("forbidden.body", { link: (c) => <TextLink href="/app">{c}</TextLink> })}</p>
      </div>
    </SiteChrome>
  );
}
