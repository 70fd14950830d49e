import { NotPublished } from "@/components/ui/amount";
import { formatMoney, formatPercent } from "@/components/ui/format";
import type { PayerRate } from "@/lib/search";

/** A payer's negotiated rate as text: dollars, a percentage, or the published algorithm. */
export function NegotiatedRate({ rate }: { rate: PayerRate }) {
  const parts: string[] = [];
  if (rate.negotiatedDollar !== null) parts.push(formatMoney(rate.negotiatedDollar));
  if (rate.negotiatedPercentage !== null) parts.push(`${formatPercent(rate.negotiatedPercentage)} of charges`);
  if (parts.length === 0 && rate.negotiatedAlgorithm === null) return <NotPublished />;
  return (
    <span>
      {parts.length > 0 ? <span className="tabular-nums">{parts.join(" or ")}</span> : null}
      {rate.negotiatedAlgorithm !== null ? (
        <span className={parts.length > 0 ? "block text-slate-700" : undefined}>
          {parts.length > 0 ? "Algorithm: " : ""}
          {rate.negotiatedAlgorithm}
        </span>
      ) : null}
    </span>
  );
}
