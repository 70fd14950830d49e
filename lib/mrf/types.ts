// The normalized shape every MRF layout (tall CSV, wide CSV, JSON) is read into.
export type MrfFormat = "csv_tall" | "csv_wide" | "json" | "legacy";

export interface HospitalLocationInfo {
  name: string;
  address: string;
}

/** The general data elements stated once per file. */
export interface MrfHeader {
  hospitalName: string;
  lastUpdatedOn: string; // ISO date, YYYY-MM-DD
  version: string;
  locations: HospitalLocationInfo[];
  licenseNumber: string | null;
  licenseState: string | null;
  type2Npis: string[];
  attestation: boolean | null;
  attesterName: string | null;
  generalContractProvisions: string | null;
}

export interface ItemCodeInfo {
  code: string;
  type: string;
}

/** A payer/plan's negotiated charge for an item. Money is kept as decimal strings. */
export interface PayerCharge {
  payerName: string;
  planName: string | null;
  negotiatedDollar: string | null;
  negotiatedPercentage: string | null;
  negotiatedAlgorithm: string | null;
  methodology: string | null;
  medianAmount: string | null;
  percentile10: string | null;
  percentile90: string | null;
  allowedCount: string | null;
  payerNotes: string | null;
}

/** One item in one setting with its charges; a tall row has at most one payer, a wide row many. */
export interface ChargeRecord {
  /** 1-based line-oriented row number in the file (CSV) or index in the item list (JSON). */
  row: number;
  description: string;
  codes: ItemCodeInfo[];
  setting: string;
  modifiers: string | null;
  drugUnit: string | null;
  drugUnitType: string | null;
  gross: string | null;
  discountedCash: string | null;
  minimum: string | null;
  maximum: string | null;
  genericNotes: string | null;
  billingClass: string | null;
  payers: PayerCharge[];
}

/** Error in a price file, located precisely enough for a hospital analyst to fix it. */
export class MrfError extends Error {
  constructor(
    message: string,
    readonly location: { file?: string; row?: number; column?: string; path?: string } = {},
  ) {
    super(message);
    this.name = "MrfError";
  }

  /** "file.csv, row 12, column standard_charge|gross: message" */
  describe(): string {
    const where = [
      this.location.file,
      this.location.row !== undefined ? `row ${this.location.row}` : undefined,
      this.location.column !== undefined ? `column ${this.location.column}` : undefined,
      this.location.path !== undefined ? `at ${this.location.path}` : undefined,
    ].filter(Boolean);
    return where.length ? `${where.join(", ")}: ${this.message}` : this.message;
  }
}
