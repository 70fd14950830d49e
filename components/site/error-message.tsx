"use client";

import Link from "next/link";
import { textLinkClass } from "@/components/ui/text-link";
import { useLocale } from "@/lib/i18n/client";
import { ERROR_TEXT } from "@/lib/i18n/error-text";

/** The page body shown by error boundaries: generic, with a retry and a way home. */
export function ErrorMessage({ retry }: { retry?: () => void }) {
  const text = ERROR_TEXT[useLocale()];
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{text.title}</h1>
      <p className="text-slate-700">{text.body}</p>
      <div className="flex flex-wrap items-center gap-4">
        {retry ? (
          <button type="button" onClick={() => retry()} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {text.retry}
          </button>
        ) : null}
        <Link href="/" className={textLinkClass}>
          {text.goHome}
        </Link>
      </div>
    </div>
  );
}
