"use client";

import Link from "next/link";
import { textLinkClass } from "@/components/ui/text-link";
import { useI18n } from "@/lib/i18n/client";

/** The page body shown by error boundaries: generic, with a retry and a way home. */
export function ErrorMessage({ retry }: { retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("error.title")}</h1>
      <p className="text-slate-700">{t("error.body")}</p>
      <div className="flex flex-wrap items-center gap-4">
        {retry ? (
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t("error.retry")}
          </button>
        ) : null}
        <Link href="/" className={textLinkClass}>
          {t("common.goHome")}
        </Link>
      </div>
    </div>
  );
}
