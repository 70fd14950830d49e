import { settingLabel } from "@/components/ui/format";
import { TableScroll, rowTh, td, th } from "@/components/ui/table-scroll";
import type { ServiceOffer } from "@/lib/search";
import { NegotiatedRate } from "./negotiated-rate";

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
        <TableScroll label={caption}>
          <table className="min-w-full divide-y divide-slate-200">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>
                  Insurer
                </th>
                <th scope="col" className={th}>
                  Plan
                </th>
                <th scope="col" className={th}>
                  Negotiated rate
                </th>
                <th scope="col" className={th}>
                  Method
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
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
            </tbody>
          </table>
        </TableScroll>
        {offer.payersTruncated ? (
          <p className="mt-2 text-sm text-slate-700">This hospital lists more rates than are shown here.</p>
        ) : null}
      </div>
    </details>
  );
}
