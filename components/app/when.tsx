// A moment shown in the reader's language, in UTC (the server does not know the reader's zone),
// with the exact time in the machine-readable attribute.
import type { Locale } from "@/lib/i18n";

const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatWhen(at: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    formats.set(locale, format);
  }
  return `${format.format(at)} UTC`;
}

export function When({ at, locale }: { at: Date; locale: Locale }) {
  return (
    <time dateTime={at.toISOString()} className="whitespace-nowrap tabular-nums">
      {formatWhen(at, locale)}
    </time>
  );
}
