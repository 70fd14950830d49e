import { HospitalNameLink } from "@/components/hospitals/hospital-name";
import { Amount } from "@/components/ui/amount";
import { placeLabel, settingLabel } from "@/components/ui/format";
import type { I18n } from "@/lib/i18n";
import type { ServiceOffer, ServiceResult as Service } from "@/lib/search";
import { priceLabel, Spread } from "./listing-parts";

function Line({ offer, i18n }: { offer: ServiceOffer; i18n: I18n }) {
  const { t, locale } = i18n;
  const place = placeLabel(offer.hospital.city, offer.hospital.state);
  const miles = offer.hospital.distanceMiles;
  const where = [place, miles !== null ? t("search.listing.distance", { miles: t("search.filters.radiusMiles", { n: miles }) }) : null, settingLabel(offer.setting, i18n)];
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-2" data-testid="brief-listing">
      <div className="min-w-0">
        <HospitalNameLink {...offer.hospital} locale={locale} />
        <span className="block text-sm text-slate-700">{where.filter(Boolean).join(" · ")}</span>
      </div>
      <div className="text-sm tabular-nums sm:text-right">
        <span className="text-base font-semibold text-slate-900">
          <Amount value={offer.price?.amount ?? null} locale={locale} />
        </span>{" "}
        <span className="text-slate-700">{priceLabel(offer, i18n)}</span>
        <span className="block text-slate-700">
          {t("price.discountedCash")}: <Amount value={offer.discountedCash} locale={locale} /> · {t("price.gross")}:{" "}
          <Amount value={offer.gross} locale={locale} />
        </span>
        <span className="block text-xs text-slate-700">
          <Spread offer={offer} i18n={i18n} />
        </span>
      </div>
    </li>
  );
}

/**
 * A service in brief (the search page's services after the first): one line per hospital with
 * the price asked for, cash, gross and the spread of insurers' rates. The service's own search
 * has the full view: the insurers' rates, comparing, reporting a price.
 */
export function BriefListings({ service, i18n }: { service: Service; i18n: I18n }) {
  return (
    <ul className="divide-y divide-slate-200" aria-label={i18n.t("search.service.cardsLabel", { service: service.label })}>
      {service.hospitals.map((offer, i) => (
        <Line key={`${offer.hospital.slug}-${i}`} offer={offer} i18n={i18n} />
      ))}
    </ul>
  );
}
