import Link from "next/link";
import { i18nFor, type Locale } from "@/lib/i18n";

export function SiteFooter({ locale }: { locale: Locale }) {
  const { t, rich } = i18nFor(locale);
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm leading-6 text-slate-700">
        <p>{t("site.footer.source")}</p>
        <p>{rich("site.footer.demo", { strong: (c) => <strong>{c}</strong> })}</p>
        <nav aria-label={t("site.footer.organizationsLabel")}>
          <p className="flex flex-wrap gap-x-6">
            <span>{t("site.footer.organizations")}</span>
            <Link href="/pricing" className="link">
              {t("site.footer.pricing")}
            </Link>
            <Link href="/sign-in" className="link">
              {t("site.footer.signIn")}
            </Link>
          </p>
        </nav>
      </div>
    </footer>
  );
}
