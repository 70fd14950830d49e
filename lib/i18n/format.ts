// Numbers, US-dollar amounts, dates and lists in each locale's conventions (Intl, US variants:
// "$1,650.25" and "January 15, 2026" / "15 de enero de 2026"). Formatters are built once per locale.
import { INTL_LOCALES, type Locale } from "./locales";

export interface Formatters {
  /** 1650.25 → "$1,650.25". */
  money(value: number): string;
  /** 12345 → "12,345". */
  count(value: number): string;
  /** 55.5 (a percentage, not a fraction) → "55.5%". */
  percent(value: number): string;
  /** "2026-01-15" → "January 15, 2026" (dates in price files carry no time zone; shown as written). */
  date(isoDate: string): string;
  /** ["a", "b", "c"] → "a, b, or c" (`"or"`) or "a, b, and c" (`"and"`). */
  list(items: readonly string[], kind: "and" | "or"): string;
  /** The CLDR plural category of a count ("one", "other", …). */
  plural(value: number): Intl.LDMLPluralRule;
}

function build(locale: Locale): Formatters {
  const tag = INTL_LOCALES[locale];
  const usd = new Intl.NumberFormat(tag, { style: "currency", currency: "USD" });
  const count = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  const and = new Intl.ListFormat(tag, { type: "conjunction" });
  const or = new Intl.ListFormat(tag, { type: "disjunction" });
  const plural = new Intl.PluralRules(tag);
  return {
    money: (value) => usd.format(value),
    count: (value) => count.format(value),
    percent: (value) => `${percent.format(value)}%`,
    date(isoDate) {
      const d = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? isoDate : date.format(d);
    },
    list: (items, kind) => (kind === "or" ? or : and).format(items),
    plural: (value) => plural.select(value),
  };
}

const cache = new Map<Locale, Formatters>();

export function formatters(locale: Locale): Formatters {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = build(locale)));
  return f;
}
