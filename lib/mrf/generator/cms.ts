// Fixed text and values from the CMS Hospital Price Transparency v3.0.0 data dictionaries.

export const CMS_VERSION = "3.0.0";

/**
 * The attestation statement. In CSV it is the column header itself (row 1) with
 * "true"/"false" below it; in JSON it is attestation.attestation. The validator
 * compares it verbatim, so it must not be reworded.
 */
export const ATTESTATION_STATEMENT =
  "To the best of its knowledge and belief, this hospital has included all applicable standard charge information in accordance with the requirements of 45 CFR 180.50, and the information encoded is true, accurate, and complete as of the date in the file. This hospital has included all payer-specific negotiated charges in dollars that can be expressed as a dollar amount. For payer-specific negotiated charges that cannot be expressed as a dollar amount in the machine-readable file or not knowable in advance, the hospital attests that the payer-specific negotiated charge is based on a contractual algorithm, percentage or formula that precludes the provision of a dollar amount and has provided all necessary information available to the hospital for the public to be able to derive the dollar amount, including, but not limited to, the specific fee schedule or components referenced in such percentage, algorithm or formula.";

/** Default MRF date: fixed so output never depends on the clock. */
export const DEFAULT_LAST_UPDATED_ON = "2026-10-01";

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(d.getTime()) &&
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() + 1 === Number(m[2]) &&
    d.getUTCDate() === Number(m[3])
  );
}
