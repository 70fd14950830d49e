import { NotPublished } from "@/components/ui/amount";
import { hospitalTextLang } from "@/components/ui/format";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { PayerRate } from "@/lib/search";

/** A payer's negotiated rate as text: dollars, a percentage, or the published algorithm. */
export function NegotiatedRate({ rate, locale }: { rate: PayerRate; locale: Locale }) {
  const { t, money, percent, list } = i18nFor(locale);
  const parts: string[] = [];
  if (rate.negotiatedDollar !== null) parts.push(money(rate.negotiatedDollar));
  if (rate.negotiatedPercentage !== null) parts.push(t("price.percentOfCharges", { percent: percent(rate.negotiatedPercentage) }));
  if (parts.length === 0 && rate.negotiatedAlgorithm === null) return <NotPublished locale={locale} />;
  return (
    <span>
      {parts.length > 0 ? <span className="tabular-nums">{list(parts, "or")}</span> : null}
      {rate.negotiatedAlgorithm !== null ? (
        <span className={parts.length > 0 ? "block text-slate-700" : undefined}>
          {parts.length > 0 ? `${t("price.algorithm")} ` : ""}
          <span lang={hospitalTextLang(locale)}>{rate.negotiatedAlgorithm}</span>
        </span>
      ) : null}
    </span>
  );
}
