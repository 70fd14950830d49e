// The words of a search's preview image: its first service and the range of its prices.
import { i18nFor, type Locale } from "@/lib/i18n";
import { shoppableBySlug } from "@/lib/shoppable";
import type { SearchResult } from "./types";

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
