// Allowed values from the CMS data dictionaries, as @cmsgov/hpt-validator 2.4.0
// lists them. Where CSV and JSON lists differ (state codes), both are kept so
// each format gets the verdict CMS's validator gives it.

export const SETTINGS = ["inpatient", "outpatient", "both"] as const;

export const METHODOLOGIES = ["case rate", "fee schedule", "percent of total billed charges", "per diem", "other"] as const;

export const DRUG_UNIT_TYPES = ["GR", "ME", "ML", "UN", "F2", "EA", "GM"] as const;

const CODE_TYPES_V2 = [
  "CPT", "HCPCS", "ICD", "DRG", "MS-DRG", "R-DRG", "S-DRG", "APS-DRG", "AP-DRG", "APR-DRG",
  "APC", "NDC", "HIPPS", "LOCAL", "EAPG", "CDT", "RC", "CDM", "TRIS-DRG",
] as const;
/** v3.0 adds CMG and MS-LTC-DRG. */
export function codeTypes(v3: boolean): readonly string[] {
  return v3 ? [...CODE_TYPES_V2, "CMG", "MS-LTC-DRG"] : CODE_TYPES_V2;
}

/** The CSV validator's list (no FM, MH, PW). */
export const CSV_STATE_CODES = [
  "AL", "AK", "AS", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "GU", "HI", "ID", "IL", "IN", "IA",
  "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
  "ND", "MP", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VI", "VA", "WA", "WV",
  "WI", "WY",
] as const;
/** The JSON schemas' list, which also has the freely associated states. */
export const JSON_STATE_CODES = [...CSV_STATE_CODES, "FM", "MH", "PW"] as const;

/** v2.x "affirmation" statement (CSV header text / JSON affirmation.affirmation). */
export const AFFIRMATION =
  "To the best of its knowledge and belief, the hospital has included all applicable standard charge information in accordance with the requirements of 45 CFR 180.50, and the information encoded is true, accurate, and complete as of the date indicated.";

/** v3.0 "attestation" statement (CSV header text / JSON attestation.attestation). */
export const ATTESTATION =
  "To the best of its knowledge and belief, this hospital has included all applicable standard charge information in accordance with the requirements of 45 CFR 180.50, and the information encoded is true, accurate, and complete as of the date in the file. This hospital has included all payer-specific negotiated charges in dollars that can be expressed as a dollar amount. For payer-specific negotiated charges that cannot be expressed as a dollar amount in the machine-readable file or not knowable in advance, the hospital attests that the payer-specific negotiated charge is based on a contractual algorithm, percentage or formula that precludes the provision of a dollar amount and has provided all necessary information available to the hospital for the public to be able to derive the dollar amount, including, but not limited to, the specific fee schedule or components referenced in such percentage, algorithm or formula.";

export const NINE_NINES = 999999999;

/** Item columns the v2.2 dictionary added (with the estimated amounts, v2.2 only). */
export const V22_ITEM_COLUMNS = ["drug_unit_of_measurement", "drug_type_of_measurement", "modifiers"] as const;
