import { i18nFor, type Locale } from "@/lib/i18n";

/** The honest note under every list of prices: a published price is not the bill. */
export function WhatYouPay({ locale }: { locale: Locale }) {
  const { t } = i18nFor(locale);
  return (
    <section aria-labelledby="what-you-pay" className="rounded-md border border-slate-300 bg-slate-50 p-4">
      <h2 id="what-you-pay" className="text-base font-semibold text-slate-900">
        {t("search.pay.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{t("search.pay.body")}</p>
    </section>
  );
}
