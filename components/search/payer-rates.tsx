import { hospitalTextLang, methodologyLabel, settingLabel } from "@/components/ui/format";
import { DataTable, type Column, rowTh, td } from "@/components/ui/table-scroll";
import { i18nFor, type I18n, type Locale } from "@/lib/i18n";
import type { PayerRate, ServiceOffer } from "@/lib/search";
import { NegotiatedRate } from "./negotiated-rate";

/** What a percentage or formula rate means in plain words, with the dollar figure it implies when the gross charge is known. */
function rateExplanation(rate: PayerRate, gross: number | null, i18n: I18n): string | null {
  const { t, money, percent } = i18n;
  if (rate.negotiatedDollar === null && rate.negotiatedPercentage !== null) {
    const estimate =
      gross !== null ? t("search.rates.percentEstimate", { amount: money(Math.round(gross * rate.negotiatedPercentage) / 100), gross: money(gross) }) : "";
    return t("search.rates.percentExplained", { percent: percent(rate.negotiatedPercentage), estimate });
  }
  if (rate.negotiatedDollar === null && rate.negotiatedAlgorithm !== null) return t("search.rates.algorithmExplained");
  return null;
}

function AllowedAmounts({ rate, i18n }: { rate: PayerRate; i18n: I18n }) {
  const { t, money } = i18n;
  if (rate.medianAmount === null && rate.allowedCount === null) return <span className="text-slate-600">—</span>;
  return (
    <span>
      {rate.medianAmount !== null ? (
        <span className="block">
          {t("search.rates.allowedValue", {
            median: money(rate.medianAmount),
            p10: rate.percentile10 !== null ? money(rate.percentile10) : "—",
            p90: rate.percentile90 !== null ? money(rate.percentile90) : "—",
          })}
        </span>
      ) : null}
      {rate.allowedCount !== null ? <span className="fine">{t("search.rates.allowedCount", { count: rate.allowedCount })}</span> : null}
    </span>
  );
}

/** Every payer/plan's negotiated rate at one hospital, in a disclosure that works without JavaScript. */
export function PayerRates({ offer, serviceLabel, locale }: { offer: ServiceOffer; serviceLabel: string; locale: Locale }) {
  const i18n = i18nFor(locale);
  const { t } = i18n;
  const lang = hospitalTextLang(locale);
  const withAllowed = offer.payers.some((r) => r.medianAmount !== null || r.allowedCount !== null);
  const withNotes = offer.payers.some((r) => r.notes !== null);
  const columns: Column[] = [
    { label: t("rates.insurer") },
    { label: t("rates.plan") },
    { label: t("price.negotiated") },
    { label: t("rates.method") },
    ...(withAllowed ? [{ label: t("search.rates.allowed") }] : []),
    ...(withNotes ? [{ label: t("search.rates.notes") }] : []),
  ];
  const caption = t("rates.caption", { service: serviceLabel, hospital: offer.hospital.name });
  return (
    <details className="group rounded-md border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">
        {t("rates.summary", { hospital: offer.hospital.name, n: offer.payers.length })}
        {` · ${settingLabel(offer.setting, i18n)}`}
      </summary>
      <div className="p-3 pt-0">
        <DataTable caption={caption} columns={columns}>
          {offer.payers.map((rate, index) => {
            const explanation = rateExplanation(rate, offer.gross, i18n);
            return (
              <tr key={`${rate.payer}|${rate.plan}|${index}`}>
                <th scope="row" className={`${rowTh} font-medium`}>
                  {rate.payer}
                </th>
                <td className={td}>{rate.plan ?? t("rates.allPlans")}</td>
                <td className={td}>
                  <NegotiatedRate rate={rate} locale={locale} />
                  {explanation ? <span className="fine mt-1">{explanation}</span> : null}
                </td>
                <td className={td}>{rate.methodology ? methodologyLabel(rate.methodology, i18n) : t("rates.notStated")}</td>
                {withAllowed ? (
                  <td className={td}>
                    <AllowedAmounts rate={rate} i18n={i18n} />
                  </td>
                ) : null}
                {withNotes ? (
                  <td className={`${td} max-w-xs text-xs`} lang={lang}>
                    {rate.notes}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </DataTable>
        {offer.payersTruncated ? <p className="mt-2 text-sm text-slate-700">{t("rates.truncated")}</p> : null}
      </div>
    </details>
  );
}
