// Format-neutral model of one hospital's machine-readable file (MRF).
//
// The generator builds this model once and three writers render it as tall CSV,
// wide CSV or JSON. Because all three read the same model, the same seed yields
// the same prices in every format, and the row counts agree across formats.

export type MrfFormat = "csv_tall" | "csv_wide" | "json";

/** CMS v3.0.0 "setting" valid values. */
export type Setting = "inpatient" | "outpatient" | "both";

/** The code types this generator emits (a subset of the CMS v3 list). */
export type CodeType = "CPT" | "HCPCS" | "MS-DRG" | "RC" | "NDC" | "CDM" | "LOCAL";

/** CMS v3.0.0 drug_type_of_measurement valid values. */
export type DrugUnitType = "GR" | "ME" | "ML" | "UN" | "F2" | "EA" | "GM";

/** CMS v3.0.0 standard charge methodology valid values. */
export type Methodology = "case rate" | "fee schedule" | "percent of total billed charges" | "per diem" | "other";

export type BillingClass = "facility" | "professional" | "both";

export interface BillingCode {
  code: string;
  type: CodeType;
}

export interface DrugInfo {
  unit: number;
  type: DrugUnitType;
}

export interface PayerPlan {
  payerName: string;
  planName: string;
}

/**
 * One payer/plan's negotiated charge for an item in a setting. Exactly one of
 * dollar / percentage / algorithm is set. When percentage or algorithm is set,
 * count is set, and median/p10/p90 are set unless count is "0" (v3 rules 7-8).
 * notes is set whenever methodology is "other" or count is "0" (rules 4, 9).
 */
export interface PayerRate extends PayerPlan {
  methodology: Methodology;
  dollar?: number;
  percentage?: number;
  algorithm?: string;
  median?: number;
  p10?: number;
  p90?: number;
  count?: string;
  notes?: string;
}

/** The standard charges of an item in one setting (one JSON standard_charges entry). */
export interface SettingCharge {
  setting: Setting;
  gross?: number;
  cash?: number;
  /** De-identified min/max over the dollar rates; present iff a dollar rate exists (rule 6). */
  min?: number;
  max?: number;
  billingClass?: BillingClass;
  genericNotes?: string;
  rates: PayerRate[];
}

/** An item or service (one JSON standard_charge_information entry). */
export interface ChargeItem {
  description: string;
  codes: BillingCode[];
  drug?: DrugInfo;
  charges: SettingCharge[];
}

/** A payer-specific payment adjustment for a modifier (CSV modifier-only rows / JSON modifier_information). */
export interface ModifierPayer extends PayerPlan {
  /** Payment as a percentage of the modified item's rate. */
  percentage: number;
  description: string;
}

export interface ModifierEntry {
  code: string;
  description: string;
  setting: Setting;
  payers: ModifierPayer[];
}

export interface HospitalLocation {
  name: string;
  /** "street, city, ST 12345" */
  address: string;
}

export interface ContractProvision {
  payerName: string;
  planName?: string;
  provisions: string;
}

export interface MrfHeader {
  hospitalName: string;
  lastUpdatedOn: string;
  version: string;
  locations: HospitalLocation[];
  licenseNumber: string;
  licenseState: string;
  type2Npis: string[];
  attesterName: string;
  attestation: boolean;
  financialAidPolicy: string;
  generalContractProvisions: ContractProvision[];
}

/**
 * Everything a writer needs. items is lazy (a generator) so a 700,000-row file
 * never exists in memory: writers pull one item, render it, write it, repeat.
 */
export interface MrfDocument {
  header: MrfHeader;
  /** Every payer/plan that appears in the file, in column order for wide CSV. */
  plans: PayerPlan[];
  /** Number of code|i column pairs in CSV output (max codes of any item). */
  codeColumns: number;
  items: Iterable<ChargeItem>;
  modifiers: ModifierEntry[];
}

/** Rows in tall-CSV terms: one per (item, setting, payer/plan), or one if no payer. */
export function tallRowsOfItem(item: ChargeItem): number {
  let n = 0;
  for (const c of item.charges) n += Math.max(1, c.rates.length);
  return n;
}

export function tallRowsOfModifier(m: ModifierEntry): number {
  return m.payers.length;
}

/** What a writer reports after rendering a document. */
export interface WriteStats {
  /** Charge rows in tall-CSV terms (identical across formats for the same document). */
  rows: number;
  /**
   * Records in the file's own layout: CSV data lines below the three header
   * rows, or JSON standard_charge_information + modifier_information entries.
   */
  records: number;
}
