import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { TextLink } from "@/components/ui/text-link";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const { locale, t, rich } = await getI18n();
  return (
    <SiteChrome locale={locale}>
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("notFound.title")}</h1>
        <p className="text-slate-700">{t("notFound.body")}</p>
        <p>
          {rich("notFound.links", {
            home: (c) => <TextLink href="/">{c}</TextLink>,
            search: (c) => <TextLink href="/search">{c}</TextLink>,
          })}
        </p>
      </div>
    </SiteChrome>
  );
}
