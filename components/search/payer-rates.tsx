import { methodologyLabel, settingLabel } from "@/components/ui/format";
import { DataTable, type Column, rowTh, td } from "@/components/ui/table-scroll";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { ServiceOffer } from "@/lib/search";
import { NegotiatedRate } from "./negotiated-rate";

/** Every payer/plan's negotiated rate at one hospital, in a disclosure that works without JavaScript. */
export function PayerRates({ offer, serviceLabel, locale }: { offer: ServiceOffer; serviceLabel: string; locale: Locale }) {
  const i18n = i18nFor(locale);
  const { t } = i18n;
  const columns: Column[] = [
    { label: t("rates.insurer") },
    { label: t("rates.plan") },
    { label: t("price.negotiated") },
    { label: t("rates.method") },
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
          {offer.payers.map((rate, index) => (
            <tr key={`${rate.payer}|${rate.plan}|${index}`}>
              <th scope="row" className={`${rowTh} font-medium`}>
                {rate.payer}
              </th>
              <td className={td}>{rate.plan ?? t("rates.allPlans")}</td>
              <td className={td}>
                <NegotiatedRate rate={rate} locale={locale} />
              </td>
              <td className={td}>{rate.methodology ? methodologyLabel(rate.methodology, i18n) : t("rates.notStated")}</td>
            </tr>
          ))}
        </DataTable>
        {offer.payersTruncated ? <p className="mt-2 text-sm text-slate-700">{t("rates.truncated")}</p> : null}
      </div>
    </details>
  );
}
