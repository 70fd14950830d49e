import { settingLabel } from "@/components/ui/format";
import { DataTable, type Column, rowTh, td } from "@/components/ui/table-scroll";
import type { ServiceOffer } from "@/lib/search";
import { NegotiatedRate } from "./negotiated-rate";

const RATE_COLUMNS: Column[] = [{ label: "Insurer" }, { label: "Plan" }, { label: "Negotiated rate" }, { label: "Method" }];

/** Every payer/plan's negotiated rate at one hospital, in a disclosure that works without JavaScript. */
export function PayerRates({ offer, serviceLabel }: { offer: ServiceOffer; serviceLabel: string }) {
  const count = offer.payers.length;
  const caption = `Negotiated rates for ${serviceLabel} at ${offer.hospital.name}`;
  return (
    <details className="group rounded-md border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">
        {offer.hospital.name}: {count} insurer {count === 1 ? "rate" : "rates"}
        {` · ${settingLabel(offer.setting)}`}
      </summary>
      <div className="p-3 pt-0">
        <DataTable caption={caption} columns={RATE_COLUMNS}>
          {offer.payers.map((rate, index) => (
            <tr key={`${rate.payer}|${rate.plan}|${index}`}>
              <th scope="row" className={`${rowTh} font-medium`}>
                {rate.payer}
              </th>
              <td className={td}>{rate.plan ?? "All plans"}</td>
              <td className={td}>
                <NegotiatedRate rate={rate} />
              </td>
              <td className={td}>{rate.methodology ?? "Not stated"}</td>
            </tr>
          ))}
        </DataTable>
        {offer.payersTruncated ? (
          <p className="mt-2 text-sm text-slate-700">This hospital lists more rates than are shown here.</p>
        ) : null}
      </div>
    </details>
  );
}
