// Rows 1 and 2 of a CMS v3 CSV (tall or wide): the general data elements and
// their values. Row 3 (the data column headers) is format-specific.

import { ATTESTATION_STATEMENT } from "./cms";
import { csvLine } from "./format";
import type { MrfHeader } from "./types";

/**
 * Returns the two lines. Both are padded with empty cells to `width` (the row-3
 * column count) so every record has the same number of fields, as RFC 4180
 * expects and as the CMS templates do.
 */
export function csvGeneralRows(header: MrfHeader, width: number): string {
  const cells: [string, string][] = [
    ["hospital_name", header.hospitalName],
    ["last_updated_on", header.lastUpdatedOn],
    ["version", header.version],
    // Multiple locations / addresses / NPIs are pipe-separated, in matching order.
    ["location_name", header.locations.map((l) => l.name).join("|")],
    ["hospital_address", header.locations.map((l) => l.address).join("|")],
    [`license_number|${header.licenseState}`, header.licenseNumber],
    ["type_2_npi", header.type2Npis.join("|")],
    [ATTESTATION_STATEMENT, header.attestation ? "true" : "false"],
    ["attester_name", header.attesterName],
    // Optional elements; CMS recommends placing them in row 1.
    ["general_contract_provisions", header.generalContractProvisions.map((p) => p.provisions).join(" ")],
    ["financial_aid_policy", header.financialAidPolicy],
  ];
  const pad = (row: string[]) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill("")];
  return csvLine(pad(cells.map(([k]) => k))) + csvLine(pad(cells.map(([, v]) => v)));
}

export function codeColumnHeaders(codeColumns: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= codeColumns; i++) out.push(`code|${i}`, `code|${i}|type`);
  return out;
}

export function codeCells(codes: readonly { code: string; type: string }[], codeColumns: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < codeColumns; i++) {
    const c = codes[i];
    out.push(c ? c.code : "", c ? c.type : "");
  }
  return out;
}

/** Joins generic and payer-specific notes for formats with a single notes cell. */
export function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((n): n is string => Boolean(n));
  return present.length > 0 ? present.join(" ") : undefined;
}
