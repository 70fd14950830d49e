// Display formatting shared by the public pages (server-side; no locale negotiation yet: en-US).

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const count = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export const formatMoney = (value: number) => usd.format(value);
export const formatCount = (value: number) => count.format(value);
export const formatPercent = (value: number) => `${percent.format(value)}%`;

/** "2026-01-15" → "January 15, 2026" (dates in the files carry no time zone). */
export function formatDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : date.format(d);
}

export function settingLabel(setting: string): string {
  switch (setting.toLowerCase()) {
    case "inpatient":
      return "Inpatient";
    case "outpatient":
      return "Outpatient";
    case "both":
      return "Inpatient or outpatient";
    default:
      return setting;
  }
}

export function fileFormatLabel(format: string): string {
  switch (format) {
    case "csv_tall":
      return "CSV (tall)";
    case "csv_wide":
      return "CSV (wide)";
    case "json":
      return "JSON";
    default:
      return format;
  }
}

export function placeLabel(city: string | null, state: string | null): string | null {
  return [city, state].filter(Boolean).join(", ") || null;
}

/** "facility" → "Facility". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
