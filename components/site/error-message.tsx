"use client";

import Link from "next/link";
import { textLinkClass } from "@/components/ui/text-link";

/** The page body shown by error boundaries: generic, with a retry and a way home. */
export function ErrorMessage({ retry }: { retry?: () => void }) {
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Something went wrong</h1>
      <p className="text-slate-700">
        This page could not be loaded, probably because the price database is unavailable. Please try again in a
        moment.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        {retry ? (
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            Try again
          </button>
        ) : null}
        <Link href="/" className={textLinkClass}>
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
