// Labels for the values price files use, in the interface language. Numbers, dollars and dates
// are formatted by the locale's translator: i18nFor(locale).money(…), .count(…), .date(…)
// (lib/i18n/format.ts).
import type { I18n, PlainMessageKey } from "@/lib/i18n";

const SETTINGS: Record<string, PlainMessageKey> = {
  inpatient: "setting.inpatient",
  outpatient: "setting.outpatient",
  both: "setting.both",
};

const BILLING_CLASSES: Record<string, PlainMessageKey> = {
  facility: "billingClass.facility",
  professional: "billingClass.professional",
  both: "billingClass.both",
};

const METHODOLOGIES: Record<string, PlainMessageKey> = {
  "case rate": "methodology.caseRate",
  "fee schedule": "methodology.feeSchedule",
  "percent of total billed charges": "methodology.percentOfCharges",
  "per diem": "methodology.perDiem",
  other: "methodology.other",
};

const FILE_FORMATS: Record<string, PlainMessageKey> = {
  csv_tall: "fileFormat.csvTall",
  csv_wide: "fileFormat.csvWide",
  json: "fileFormat.json",
};

const label = (map: Record<string, PlainMessageKey>, value: string, { t }: I18n, fallback: string) => {
  const key = map[value.toLowerCase()];
  return key ? t(key) : fallback;
};

/** "inpatient" → "Inpatient" / "Paciente hospitalizado"; unknown values as published. */
export const settingLabel = (setting: string, i18n: I18n) => label(SETTINGS, setting, i18n, setting);

/** "facility" → "Facility" / "Cargo del hospital"; unknown values capitalized. */
export const billingClassLabel = (billingClass: string, i18n: I18n) =>
  label(BILLING_CLASSES, billingClass, i18n, capitalize(billingClass));

/** CMS's standard-charge methodology ("case rate", …); unknown values as published. */
export const methodologyLabel = (methodology: string, i18n: I18n) => label(METHODOLOGIES, methodology, i18n, methodology);

export const fileFormatLabel = (format: string, i18n: I18n) => label(FILE_FORMATS, format, i18n, format);

export function placeLabel(city: string | null, state: string | null): string | null {
  return [city, state].filter(Boolean).join(", ") || null;
}

/** "facility" → "Facility". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The `lang` for text the hospitals wrote (service descriptions, algorithms): their files are
 * in English, so on a page in another language that text is marked English (WCAG 3.1.2).
 */
export function hospitalTextLang(locale: I18n["locale"]): "en" | undefined {
  return locale === "en" ? undefined : "en";
}
