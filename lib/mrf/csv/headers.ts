// Rows 1–2 of a CMS CSV: the general data elements (names in row 1, values in row 2).
import { MrfError, type MrfHeader } from "../types";
import { booleanValue, isoDate, pipeList, text } from "../values";

/** Header names compare case-insensitively and ignore spacing around pipes. */
export function normalizeHeader(name: string): string {
  return name.replace(/^\uFEFF/, "").trim().replace(/\s*\|\s*/g, "|").toLowerCase();
}

const ATTESTATION_PREFIX = "to the best of its knowledge and belief";

export function parseGeneralHeader(names: string[], values: string[], file?: string): MrfHeader {
  const byName = new Map<string, string>();
  let licenseState: string | null = null;
  let licenseNumber: string | null = null;
  let attestation: boolean | null = null;
  names.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    const value = values[i] ?? "";
    if (name === "") return;
    const license = /^license_number\|([a-z]{2})$/.exec(name);
    if (license) {
      licenseState = license[1]!.toUpperCase();
      licenseNumber = text(value);
    } else if (name.startsWith(ATTESTATION_PREFIX)) {
      attestation = booleanValue(value);
    } else {
      byName.set(name, value);
    }
  });

  const required = (name: string): string => {
    const v = text(byName.get(name));
    if (v === null) {
      throw new MrfError(
        byName.has(name) ? `the ${name} value in row 2 is blank` : `row 1 has no "${name}" header`,
        { file, row: byName.has(name) ? 2 : 1, column: name },
      );
    }
    return v;
  };

  const locationNames = pipeList(byName.get("location_name"));
  const addresses = pipeList(byName.get("hospital_address"));
  const hospitalName = required("hospital_name");
  return {
    hospitalName,
    lastUpdatedOn: isoDate(required("last_updated_on"), { row: 2, column: "last_updated_on" }),
    version: required("version"),
    locations: (locationNames.length ? locationNames : [hospitalName]).map((name, i) => ({
      name,
      address: addresses[i] ?? addresses[0] ?? "",
    })),
    licenseNumber,
    licenseState,
    type2Npis: pipeList(byName.get("type_2_npi")),
    attestation,
    attesterName: text(byName.get("attester_name")),
    generalContractProvisions: text(byName.get("general_contract_provisions")),
  };
}
