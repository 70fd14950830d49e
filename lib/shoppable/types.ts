// Types of the CMS shoppable-services catalog (45 CFR 180.60): the 70 services CMS names as
// shoppable, used by the public search as a plain-language entry point.

export type Locale = "en" | "es";

export const LOCALES: readonly Locale[] = ["en", "es"];

/** A text in every locale the public site speaks. */
export type Localized = Readonly<Record<Locale, string>>;

/** Billing-code systems used by the catalog (CPT is HCPCS Level I; HCPCS here means Level II). */
export type ShoppableCodeType = "CPT" | "HCPCS" | "MS-DRG";

export interface ShoppableCode {
  readonly type: ShoppableCodeType;
  readonly code: string;
}

/** CMS's five groups of shoppable services, in CMS's order. */
export type ShoppableCategoryId =
  | "evaluation-management"
  | "laboratory-pathology"
  | "radiology"
  | "medicine-surgery"
  | "inpatient-drg";

export interface ShoppableCategory {
  readonly id: ShoppableCategoryId;
  /** Patient-facing heading. */
  readonly name: Localized;
}

export interface ShoppableService {
  /** URL-safe identifier, stable across releases (lowercase words joined by hyphens). */
  readonly slug: string;
  readonly category: ShoppableCategoryId;
  /** The billing codes that make up the service; most services have one. */
  readonly codes: readonly ShoppableCode[];
  /** Short plain-language name, written for this project (never the AMA descriptor). */
  readonly name: Localized;
  /** One or two plain-language sentences: what it is, why people get it, what it includes. */
  readonly description: Localized;
  /** Words and phrases patients type, per locale. */
  readonly keywords: Readonly<Record<Locale, readonly string[]>>;
  /**
   * Where the service is usually received, as a hint for the setting filter. Absent when it
   * is commonly both (lab tests, imaging, some surgeries, childbirth packages).
   */
  readonly setting?: "inpatient" | "outpatient";
}
