import { i18nFor, type Locale } from "@/lib/i18n";

/** A dollar amount, or a dash that screen readers announce as "not published". */
export function Amount({ value, locale }: { value: number | null; locale: Locale }) {
  if (value === null) return <NotPublished locale={locale} />;
  return <span className="tabular-nums">{i18nFor(locale).money(value)}</span>;
}

export function NotPublished({ locale }: { locale: Locale }) {
  return (
    <>
      <span aria-hidden="true" className="text-slate-600">
        —
      </span>
      <span className="sr-only">{i18nFor(locale).t("common.notPublished")}</span>
    </>
  );
}
