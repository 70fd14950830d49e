// The signed-in area's frame: the public header, then a bar with who is signed in and the
// sign-out buttons. Every page below also checks the session itself.
import type { ReactNode } from "react";
import Link from "next/link";
import { secondaryButtonClass } from "@/components/app/form-parts";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader, SkipLink } from "@/components/site/site-header";
import { requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import { signOutAction, signOutEverywhereAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { locale, t, rich } = await getI18n();
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} />
      <nav aria-label={t("app.bar.label")} className="border-b border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
          <div className="flex flex-wrap items-center gap-4">
            <Link href="/app" className="link">
              {t("app.bar.home")}
            </Link>
            <Link href="/app/api-keys" className="link">
              {t("apiKeys.link")}
            </Link>
            <Link href="/app/security" className="link">
              {t("security.link")}
            </Link>
            <span className="text-slate-700">{rich("app.bar.signedInAs", { email: user.email, strong: (c) => <strong>{c}</strong> })}</span>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <form action={signOutAction}>
              <button type="submit" className={secondaryButtonClass}>
                {t("app.bar.signOut")}
              </button>
            </form>
            <form action={signOutEverywhereAction}>
              <button type="submit" className={secondaryButtonClass} aria-describedby="sign-out-everywhere-hint">
                {t("app.bar.signOutEverywhere")}
              </button>
            </form>
            <p id="sign-out-everywhere-hint" className="sr-only">
              {t("app.bar.signOutEverywhereHint")}
            </p>
          </div>
        </div>
      </nav>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}
