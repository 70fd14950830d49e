// Pieces every listing of a service shares: how its price, spread and code are labelled.
import type { I18n } from "@/lib/i18n";
import type { ServiceOffer, ServiceResult as Service } from "@/lib/search";

/** The service as feedback stores it, "CPT:70551" (null without a code). */
export const serviceId = (service: Pick<Service, "code">) => (service.code ? `${service.code.type}:${service.code.code}` : null);

export function serviceCodeLabel(service: Pick<Service, "code">): string | null {
  return service.code ? `${service.code.type} ${service.code.code}` : null;
}

/** The label of the price a listing is ranked by: whose rate, or which kind of price. */
export function priceLabel(offer: ServiceOffer, i18n: I18n): string {
  const { t } = i18n;
  const p = offer.price;
  if (!p) return t("search.listing.price.none");
  if (p.kind === "cash") return t("search.listing.price.cash");
  if (p.kind === "gross") return t("search.listing.price.gross");
  if (p.payer) return p.plan ? t("search.listing.price.payerPlan", { payer: p.payer, plan: p.plan }) : t("search.listing.price.payer", { payer: p.payer });
  return t("search.listing.price.median");
}

export function Spread({ offer, i18n }: { offer: ServiceOffer; i18n: I18n }) {
  const { t, money } = i18n;
  const s = offer.spread;
  if (!s) return <span className="text-slate-700">{t("search.service.noRates")}</span>;
  if (s.count === 1) return t("search.listing.spreadOne", { amount: money(s.min) });
  return t("search.listing.spread", { min: money(s.min), max: money(s.max), median: money(s.median), n: s.count });
}

/** The price a listing shows, as the report form repeats it: "$1,650.25 (Cash price)". */
export function shownPrice(offer: ServiceOffer, i18n: I18n): string {
  const label = priceLabel(offer, i18n);
  return offer.price ? `${i18n.money(offer.price.amount)} (${label})` : label;
}

