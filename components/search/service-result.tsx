import { Amount } from "@/components/ui/amount";
import { capitalize, formatCount, placeLabel, settingLabel } from "@/components/ui/format";
import { DataTable, type Column, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { HospitalNameLink } from "@/components/hospitals/hospital-name";
import type { ServiceResult as Service } from "@/lib/search";
import { PayerRates } from "./payer-rates";

const OFFER_COLUMNS: Column[] = [
  { label: "Hospital" },
  { label: "Setting" },
  { label: "Gross charge", numeric: true },
  { label: "Discounted cash price", numeric: true },
  { label: "Lowest negotiated", numeric: true },
  { label: "Highest negotiated", numeric: true },
];

export function serviceCodeLabel(service: Service): string | null {
  return service.code ? `${service.code.type} ${service.code.code}` : null;
}

/** One service: every hospital's gross, cash and min/max side by side, then each insurer's rates. */
export function ServiceResult({ service, index }: { service: Service; index: number }) {
  const headingId = `service-${index}`;
  const code = serviceCodeLabel(service);
  const caption = `Prices for ${service.label}${code ? ` (${code})` : ""} by hospital, in US dollars`;
  const withPayers = service.hospitals.filter((o) => o.payers.length > 0);
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-300 p-3 shadow-sm sm:p-4">
      <div>
        <h2 id={headingId} className="text-xl font-semibold text-slate-900">
          {service.label}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {code ? <span className="mr-2 font-mono font-semibold text-slate-900">{code}</span> : null}
          Listed by {formatCount(service.hospitalCount)} {service.hospitalCount === 1 ? "hospital" : "hospitals"}
        </p>
      </div>

      {/* Phones get one card per hospital; wider screens a comparison table. Only one is displayed. */}
      <OfferCards service={service} />
      <div className="hidden sm:block">
        <DataTable caption={caption} columns={OFFER_COLUMNS}>
          {service.hospitals.map((offer, i) => {
            const place = placeLabel(offer.hospital.city, offer.hospital.state);
            return (
              <tr key={`${offer.hospital.slug}-${i}`} data-testid="hospital-price-row">
                <th scope="row" className={`${rowTh} min-w-56 font-normal`}>
                  <HospitalNameLink {...offer.hospital} />
                  {place ? <span className="block text-slate-700">{place}</span> : null}
                  <span className="mt-1 block text-xs text-slate-700">“{offer.description}”</span>
                  {offer.modifiers ? <span className="block text-xs text-slate-700">Modifiers: {offer.modifiers}</span> : null}
                </th>
                <td className={td}>
                  {settingLabel(offer.setting)}
                  {offer.billingClass ? (
                    <span className="block text-xs text-slate-700">{capitalize(offer.billingClass)}</span>
                  ) : null}
                </td>
                <td className={numericTd}>
                  <Amount value={offer.gross} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.discountedCash} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.minimum} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.maximum} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      </div>
      {service.hospitalsTruncated ? (
        <p className="text-sm text-slate-700">
          Showing {service.hospitals.length} listings; more hospitals list this service.
        </p>
      ) : null}

      {withPayers.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-base font-semibold text-slate-900">Rates negotiated with insurers</h3>
          <div className="space-y-2">
            {withPayers.map((offer, i) => (
              <PayerRates key={`${offer.hospital.slug}-${i}`} offer={offer} serviceLabel={service.label} />
            ))}
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-700">None of these hospitals published insurer-specific rates for this service.</p>
      )}
    </section>
  );
}

function OfferCards({ service }: { service: Service }) {
  const rows: [string, (o: Service["hospitals"][number]) => number | null][] = [
    ["Gross charge", (o) => o.gross],
    ["Discounted cash price", (o) => o.discountedCash],
    ["Lowest negotiated", (o) => o.minimum],
    ["Highest negotiated", (o) => o.maximum],
  ];
  return (
    <ul className="space-y-3 sm:hidden" aria-label={`Prices for ${service.label} by hospital`}>
      {service.hospitals.map((offer, i) => {
        const place = placeLabel(offer.hospital.city, offer.hospital.state);
        return (
          <li key={`${offer.hospital.slug}-${i}`} className="rounded-md border border-slate-300 p-3">
            <HospitalNameLink {...offer.hospital} />
            <p className="text-sm text-slate-700">
              {[place, settingLabel(offer.setting), offer.billingClass ? capitalize(offer.billingClass) : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="text-xs text-slate-700">“{offer.description}”</p>
            {offer.modifiers ? <p className="text-xs text-slate-700">Modifiers: {offer.modifiers}</p> : null}
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              {rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-700">{label}</dt>
                  <dd className="text-right font-medium text-slate-900">
                    <Amount value={value(offer)} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
