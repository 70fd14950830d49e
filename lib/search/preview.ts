// The words of a shared link's preview image: a search's first service and the range of its
// prices, or a comparison's price at each hospital.
import { i18nFor, type Locale } from "@/lib/i18n";
import { shoppableBySlug, shoppableForCode } from "@/lib/shoppable";
import type { Comparison } from "./compare";
import type { PriceKind, SearchResult } from "./types";

export interface PreviewSummary {
  title: string;
  lines: string[];
  demo: boolean;
}

const range = (values: number[]) => (values.length ? [Math.min(...values), Math.max(...values)] : null);

export function previewSummary(result: SearchResult, locale: Locale): PreviewSummary {
  const { t, money } = i18nFor(locale);
  const service = result.services[0];
  const asked = result.query.q ?? (result.query.service ? (shoppableBySlug(result.query.service)?.name[locale] ?? "") : "");
  if (!service) return { title: t("search.titleQuery", { q: asked }), lines: [t("og.noResults")], demo: false };
  const shoppable = service.shoppable ? shoppableBySlug(service.shoppable) : undefined;
  const title = shoppable ? shoppable.name[locale] : service.label;
  const hospitals = new Set(service.hospitals.map((o) => o.hospital.slug)).size;
  const cash = range(service.hospitals.map((o) => o.discountedCash).filter((v): v is number => v !== null));
  const rates = range(service.hospitals.flatMap((o) => (o.spread ? [o.spread.min, o.spread.max] : [])));
  const lines = [t("og.hospitals", { n: hospitals })];
  if (cash) lines.push(t("og.cashRange", { min: money(cash[0]!), max: money(cash[1]!) }));
  if (rates) lines.push(t("og.rateRange", { min: money(rates[0]!), max: money(rates[1]!) }));
  return { title: title.length > 70 ? `${title.slice(0, 69)}…` : title, lines, demo: service.hospitals.some((o) => o.hospital.isDemo) };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A comparison's preview: the service, the price compared, and each hospital's figure. */
export function comparePreviewSummary(comparison: Comparison, price: PriceKind, locale: Locale): PreviewSummary {
  const { t, money } = i18nFor(locale);
  const shoppable = shoppableForCode(comparison.service.type, comparison.service.code);
  const service = shoppable ? shoppable.name[locale] : comparison.label || `${comparison.service.type} ${comparison.service.code}`;
  const lines = [t(`search.filters.price.${price}`)];
  for (const { hospital, offers } of comparison.hospitals) {
    const amounts = offers.map((o) => o.price?.amount).filter((v): v is number => v !== null && v !== undefined);
    const price = amounts.length ? money(Math.min(...amounts)) : t("og.noPrice");
    lines.push(t("og.compareLine", { hospital: clip(hospital.name, 48), price }));
  }
  return {
    title: clip(t("compare.title", { service }), 70),
    lines,
    demo: comparison.hospitals.some((h) => h.hospital.isDemo),
  };
}
