// Amounts and dates on the billing pages, in the interface language.
import type { Locale } from "../i18n";

const tag = (locale: Locale) => (locale === "es" ? "es-US" : "en-US");

export function money(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}

export function day(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
