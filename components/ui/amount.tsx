import { i18nFor, type Locale } from "@/lib/i18n";

/**
 * A dollar amount, or a dash that screen readers announce as "not published". Plain text:
 * the cell or line around it sets tabular figures (price tables repeat this thousands of times).
 */
export function Amount({ value, locale }: { value: number | null; locale: Locale }) {
  if (value === null) return <NotPublished locale={locale} />;
  return i18nFor(locale).money(value);
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
