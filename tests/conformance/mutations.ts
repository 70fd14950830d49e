// One specific break per case, applied to a valid base file; each case names
// the rules our validator must report (and CMS's validator then must agree,
// through the mapping in cms-mapping.ts).
import type { RuleId } from "../../lib/mrf/validate/rules";
import { ATTESTATION } from "../../lib/mrf/validate/constants";
import { columnIndex, dropColumn, findRow, generalIndex, setCell, setGeneral, type BaseKey, type Doc, type Rows } from "./fixtures";

export interface Mutation {
  name: string;
  base: BaseKey;
  /** Error rules we must report (exactly this set); [] means the file stays valid. */
  errors: RuleId[];
  alerts?: RuleId[];
  csv?: (rows: Rows) => void;
  json?: (doc: Doc) => void;
  /** Text-level edit of the serialized file (BOM, line endings). */
  text?: (text: string) => string;
  /** The version CMS's validator is told, when not the one our validator detects. */
  cmsVersion?: string;
}

// ---- CSV row finders -------------------------------------------------------------
const withDollar = (rows: Rows) => findRow(rows, (g) => g("standard_charge|negotiated_dollar") !== "" && g("code|1") !== "");
const withPercentage = (rows: Rows) =>
  findRow(rows, (g) => g("standard_charge|negotiated_percentage") !== "" && g("code|1") !== "" && g("count") !== "" && g("count") !== "0");
const modifierRow = (rows: Rows) => findRow(rows, (g) => g("code|1") === "" && g("modifiers") !== "");
const firstItem = (rows: Rows) => findRow(rows, (g) => g("code|1") !== "");

/** Wide: the first payer/plan with a dollar amount on some item row, as "payer|plan" and the row. */
function widePlanWithDollar(rows: Rows): { plan: string; r: number } {
  const header = rows[2]!;
  for (let r = 3; r < rows.length; r++) {
    if (rows[r]![columnIndex(rows, "code|1")] === "") continue;
    for (let c = 0; c < header.length; c++) {
      const parts = header[c]!.split("|");
      if (parts.length === 4 && parts[3] === "negotiated_dollar" && rows[r]![c]) return { plan: `${parts[1]}|${parts[2]}`, r };
    }
  }
  throw new Error("no wide dollar");
}
function widePlanWithPercentage(rows: Rows): { plan: string; r: number } {
  const header = rows[2]!;
  for (let r = 3; r < rows.length; r++) {
    if (rows[r]![columnIndex(rows, "code|1")] === "") continue;
    for (let c = 0; c < header.length; c++) {
      const parts = header[c]!.split("|");
      if (parts.length === 4 && parts[3] === "negotiated_percentage" && rows[r]![c]) {
        const plan = `${parts[1]}|${parts[2]}`;
        const count = rows[r]![columnIndex(rows, `count|${plan}`)];
        if (count && count !== "0") return { plan, r };
      }
    }
  }
  throw new Error("no wide percentage");
}

// ---- JSON finders ---------------------------------------------------------------------
type Found = { item: Doc; charge: Doc; payer: Doc };
function findPayer(doc: Doc, predicate: (p: Doc) => boolean): Found {
  for (const item of doc.standard_charge_information) {
    for (const charge of item.standard_charges) {
      for (const payer of charge.payers_information ?? []) if (predicate(payer)) return { item, charge, payer };
    }
  }
  throw new Error("no matching payer");
}
const dollarPayer = (doc: Doc) => findPayer(doc, (p) => p.standard_charge_dollar !== undefined);
const percentagePayer = (doc: Doc) => findPayer(doc, (p) => p.standard_charge_percentage !== undefined && p.count !== "0");

const V3_CSV: BaseKey[] = ["tall3", "wide3"];

function forBoth(bases: BaseKey[], m: Omit<Mutation, "base">): Mutation[] {
  return bases.map((base) => ({ ...m, base, name: `${base}: ${m.name}` }));
}

export const MUTATIONS: Mutation[] = [
  // ---- valid variants -------------------------------------------------------------
  ...(["tall3", "wide3", "json3", "tall22", "wide22", "json22", "tall21", "json21", "tall20", "wide20", "json20"] as BaseKey[]).map(
    (base): Mutation => ({ name: `${base}: unchanged`, base, errors: [], alerts: base === "tall21" ? ["alert.version_mismatch"] : [] }),
  ),
  ...forBoth(V3_CSV, {
    name: "BOM, CRLF line endings and spaced/upper-case headers",
    errors: [],
    csv: (rows) => {
      rows[2] = rows[2]!.map((h) => h.split("|").join(" | ").toUpperCase());
      rows[0]![generalIndex(rows, "hospital_name")] = " Hospital_Name ";
    },
    text: (t) => `\uFEFF${t.replace(/\n/g, "\r\n")}`,
  }),
  { name: "tall3: quoted newlines and quotes in a description", base: "tall3", errors: [], csv: (rows) => setCell(rows, firstItem(rows), "description", 'Line one\nline "two", with comma') },
  { name: "tall3: one blank trailing column in every row", base: "tall3", errors: [], csv: (rows) => rows.forEach((r) => r.push("")) },
  { name: "tall3: several codes per item", base: "tall3", errors: [], csv: (rows) => { const r = firstItem(rows); setCell(rows, r, "code|3", "99213"); setCell(rows, r, "code|3|type", "cpt"); } },
  { name: "tall3: version written as 3.0", base: "tall3", errors: [], alerts: ["alert.version_mismatch"], csv: (rows) => setGeneral(rows, "version", "3.0") },

  // ---- the version ---------------------------------------------------------------------
  ...forBoth(["tall3", "wide3"], { name: "unsupported version 9.9.9", errors: ["version.unsupported"], cmsVersion: "9.9.9", csv: (rows) => setGeneral(rows, "version", "9.9.9") }),
  { name: "tall3: blank version", base: "tall3", errors: ["version.missing"], cmsVersion: "", csv: (rows) => setGeneral(rows, "version", "") },
  { name: "tall3: patch version 3.0.1 follows the 3.0 rules", base: "tall3", errors: [], alerts: ["alert.version_mismatch"], csv: (rows) => setGeneral(rows, "version", "3.0.1") },
  { name: "tall3: version 3.1.0 is not a known dictionary", base: "tall3", errors: ["version.unsupported"], cmsVersion: "3.1.0", csv: (rows) => setGeneral(rows, "version", "3.1.0") },
  { name: "json3: unsupported version 4.0.0", base: "json3", errors: ["version.unsupported"], cmsVersion: "4.0.0", json: (d) => { d.version = "4.0.0"; } },

  // ---- rows 1–2: general data elements ------------------------------------------------
  ...forBoth(V3_CSV, { name: "missing hospital_address header", errors: ["header.missing"], csv: (rows) => dropColumn(rows, generalIndex(rows, "hospital_address"), "general") }),
  ...forBoth(V3_CSV, { name: "blank hospital_name", errors: ["header.value_required"], csv: (rows) => setGeneral(rows, "hospital_name", "") }),
  ...forBoth(V3_CSV, { name: "bad last_updated_on", errors: ["header.date_invalid"], csv: (rows) => setGeneral(rows, "last_updated_on", "2026-02-30") }),
  { name: "tall3: M/D/YYYY date accepted", base: "tall3", errors: [], csv: (rows) => setGeneral(rows, "last_updated_on", "4/1/2026") },
  { name: "tall3: M/D/YYYY date of a year before 100", base: "tall3", errors: ["header.date_invalid"], csv: (rows) => setGeneral(rows, "last_updated_on", "1/1/0049") },
  { name: "tall3: invalid state code in license header", base: "tall3", errors: ["header.license_state_invalid", "header.missing"], csv: (rows) => { rows[0]![generalIndex(rows, "license_number|CA")] = "license_number|ZZ"; } },
  { name: "tall3: placeholder [state] in license header", base: "tall3", errors: ["header.license_state_invalid", "header.missing"], csv: (rows) => { rows[0]![generalIndex(rows, "license_number|CA")] = "license_number|[state]"; } },
  { name: "tall3: blank license number is allowed", base: "tall3", errors: [], csv: (rows) => setGeneral(rows, "license_number|CA", "") },
  { name: "tall3: missing attestation header", base: "tall3", errors: ["header.missing"], csv: (rows) => dropColumn(rows, generalIndex(rows, ATTESTATION), "general") },
  { name: "tall3: attestation value not true/false", base: "tall3", errors: ["header.attestation_invalid"], csv: (rows) => setGeneral(rows, ATTESTATION, "yes") },
  { name: "tall3: attestation false is an alert", base: "tall3", errors: [], alerts: ["alert.attestation_false"], csv: (rows) => setGeneral(rows, ATTESTATION, "FALSE") },
  { name: "tall3: missing attester_name header", base: "tall3", errors: ["header.missing"], csv: (rows) => dropColumn(rows, generalIndex(rows, "attester_name"), "general") },
  { name: "tall3: blank attester_name", base: "tall3", errors: ["header.value_required"], csv: (rows) => setGeneral(rows, "attester_name", "") },
  { name: "tall3: missing type_2_npi header", base: "tall3", errors: ["header.missing"], csv: (rows) => dropColumn(rows, generalIndex(rows, "type_2_npi"), "general") },
  { name: "tall3: blank type_2_npi", base: "tall3", errors: ["header.value_required"], csv: (rows) => setGeneral(rows, "type_2_npi", "") },
  { name: "tall3: duplicate general header", base: "tall3", errors: ["header.duplicate"], csv: (rows) => { rows[0]!.push("hospital_name"); rows[1]!.push("Again"); } },
  { name: "tall3: v2 location header in a v3 file", base: "tall3", errors: ["header.missing"], csv: (rows) => { rows[0]![generalIndex(rows, "location_name")] = "hospital_location"; } },
  { name: "tall3: blank row 1", base: "tall3", errors: ["csv.header_row_blank"], csv: (rows) => { rows[0] = rows[0]!.map(() => ""); } },
  { name: "tall3: blank row 3", base: "tall3", errors: ["csv.header_row_blank"], csv: (rows) => { rows[2] = rows[2]!.map(() => ""); } },
  { name: "tall3: headers only", base: "tall3", errors: ["file.too_few_rows"], csv: (rows) => { rows.splice(3); } },

  // ---- row 3: columns ------------------------------------------------------------------------
  ...forBoth(V3_CSV, { name: "missing standard_charge|min column", errors: ["columns.missing"], csv: (rows) => dropColumn(rows, columnIndex(rows, "standard_charge|min"), "data") }),
  ...forBoth(V3_CSV, { name: "duplicate setting column", errors: ["columns.duplicate"], csv: (rows) => rows.slice(2).forEach((r, i) => r.push(i === 0 ? "setting" : "both")) }),
  { name: "tall3: two blank trailing columns in row 3", base: "tall3", errors: ["columns.duplicate"], csv: (rows) => rows.forEach((r) => r.push("", "")) },
  { name: "tall3: no plan_name column (ambiguous layout)", base: "tall3", errors: ["columns.ambiguous_format"], csv: (rows) => dropColumn(rows, columnIndex(rows, "plan_name"), "data") },
  { name: "tall3: code|[i] placeholder", base: "tall3", errors: ["columns.placeholder", "columns.missing"], csv: (rows) => { rows[2]![columnIndex(rows, "code|1")] = "code|[i]"; rows[2]![columnIndex(rows, "code|1|type")] = "code|[i]|type"; rows[2]![columnIndex(rows, "code|2")] = "code_2"; rows[2]![columnIndex(rows, "code|2|type")] = "code_2_type"; rows[2]![columnIndex(rows, "code|3")] = "code_3"; rows[2]![columnIndex(rows, "code|3|type")] = "code_3_type"; } },
  {
    name: "wide3: [payer_name]|[plan_name] placeholder left in headers",
    base: "wide3",
    errors: ["columns.placeholder"],
    csv: (rows) => {
      const { plan } = widePlanWithDollar(rows);
      rows[2] = rows[2]!.map((h) => h.replace(plan, "[payer_name]|[plan_name]"));
    },
  },
  { name: "wide3: a payer/plan without its count column", base: "wide3", errors: ["columns.missing"], csv: (rows) => dropColumn(rows, columnIndex(rows, `count|${widePlanWithDollar(rows).plan}`), "data") },
  { name: "tall3: estimated_amount column in v3 is an alert", base: "tall3", errors: [], alerts: ["alert.estimated_amount_deprecated"], csv: (rows) => rows.slice(2).forEach((r, i) => r.push(i === 0 ? "estimated_amount" : "")) },

  // ---- data rows --------------------------------------------------------------------------------
  ...forBoth(V3_CSV, { name: "blank description", errors: ["description.required"], csv: (rows) => setCell(rows, firstItem(rows), "description", "") }),
  ...forBoth(V3_CSV, { name: "invalid code type", errors: ["code_type.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "code|1|type", "CPTX") }),
  ...forBoth(V3_CSV, { name: "code without code type", errors: ["code_type.required"], csv: (rows) => setCell(rows, firstItem(rows), "code|1|type", "") }),
  ...forBoth(V3_CSV, { name: "code type without code", errors: ["code.required"], csv: (rows) => setCell(rows, firstItem(rows), "code|1", "") }),
  ...forBoth(V3_CSV, { name: "invalid setting", errors: ["setting.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "setting", "emergency") }),
  ...forBoth(V3_CSV, { name: "blank setting", errors: ["setting.required"], csv: (rows) => setCell(rows, firstItem(rows), "setting", "") }),
  ...forBoth(V3_CSV, { name: "gross charge with $ and comma", errors: ["amount.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "standard_charge|gross", "$1,200.00") }),
  ...forBoth(V3_CSV, { name: "negative discounted cash", errors: ["amount.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "standard_charge|discounted_cash", "-5") }),
  ...forBoth(V3_CSV, { name: "zero maximum", errors: ["amount.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "standard_charge|max", "0.00") }),
  ...forBoth(V3_CSV, { name: "no code at all", errors: ["code.pair_missing"], csv: (rows) => { const r = firstItem(rows); for (const n of ["code|1", "code|1|type", "code|2", "code|2|type"]) setCell(rows, r, n, ""); } }),
  ...forBoth(V3_CSV, { name: "NDC without drug information", errors: ["ndc.drug_info_required"], csv: (rows) => setCell(rows, firstItem(rows), "code|1|type", "NDC") }),
  ...forBoth(V3_CSV, { name: "drug unit without type", errors: ["drug_type.required"], csv: (rows) => setCell(rows, firstItem(rows), "drug_unit_of_measurement", "2") }),
  ...forBoth(V3_CSV, { name: "drug type without unit", errors: ["drug_unit.required"], csv: (rows) => setCell(rows, firstItem(rows), "drug_type_of_measurement", "ML") }),
  ...forBoth(V3_CSV, { name: "invalid drug type", errors: ["drug_type.invalid"], csv: (rows) => { const r = firstItem(rows); setCell(rows, r, "drug_unit_of_measurement", "2"); setCell(rows, r, "drug_type_of_measurement", "mg"); } }),
  ...forBoth(V3_CSV, { name: "non-numeric drug unit", errors: ["drug_unit.invalid"], csv: (rows) => { const r = firstItem(rows); setCell(rows, r, "drug_unit_of_measurement", "2 ml"); setCell(rows, r, "drug_type_of_measurement", "ml"); } }),
  ...forBoth(V3_CSV, { name: "NDC with drug information is fine", errors: [], csv: (rows) => { const r = firstItem(rows); setCell(rows, r, "code|1|type", "ndc"); setCell(rows, r, "drug_unit_of_measurement", "1.5"); setCell(rows, r, "drug_type_of_measurement", "Ml"); } }),
  ...forBoth(V3_CSV, { name: "dollar without minimum", errors: ["min_max.required"], csv: (rows) => setCell(rows, rows[2]!.includes("payer_name") ? withDollar(rows) : widePlanWithDollar(rows).r, "standard_charge|min", "") }),
  ...forBoth(V3_CSV, { name: "no charge at all", errors: ["item.charge_required"], csv: (rows) => { const r = firstItem(rows); rows[r] = rows[r]!.map((v, c) => (/^standard_charge\|.*(gross|discounted_cash|negotiated_dollar|negotiated_percentage|negotiated_algorithm)$/i.test(rows[2]![c]!) ? "" : v)); if (rows[2]!.includes("payer_name")) { setCell(rows, r, "payer_name", ""); setCell(rows, r, "plan_name", ""); } } }),
  ...forBoth(V3_CSV, { name: "modifier row without notes or charge", errors: ["modifier.info_required"], csv: (rows) => { const r = modifierRow(rows); rows[r] = rows[r]!.map((v, c) => (/negotiated_(dollar|percentage|algorithm)$|notes/i.test(rows[2]![c]!) ? "" : v)); } }),

  // tall payer columns
  { name: "tall3: negotiated dollar without methodology", base: "tall3", errors: ["methodology.required"], csv: (rows) => setCell(rows, withDollar(rows), "standard_charge|methodology", "") },
  { name: "tall3: invalid methodology", base: "tall3", errors: ["methodology.invalid"], csv: (rows) => setCell(rows, withDollar(rows), "standard_charge|methodology", "capitation") },
  { name: "tall3: methodology other without notes", base: "tall3", errors: ["methodology.other_needs_notes"], csv: (rows) => { const r = withDollar(rows); setCell(rows, r, "standard_charge|methodology", "Other"); setCell(rows, r, "additional_generic_notes", ""); } },
  { name: "tall3: negotiated charge without payer name", base: "tall3", errors: ["payer.name_required"], csv: (rows) => setCell(rows, withDollar(rows), "payer_name", "") },
  { name: "tall3: negotiated charge without plan name", base: "tall3", errors: ["payer.plan_required"], csv: (rows) => setCell(rows, withDollar(rows), "plan_name", "") },
  { name: "tall3: payer and plan without a charge", base: "tall3", errors: ["payer.charge_required"], csv: (rows) => { const r = withDollar(rows); setCell(rows, r, "standard_charge|negotiated_dollar", ""); } },
  { name: "tall3: percentage without count", base: "tall3", errors: ["count.required"], csv: (rows) => setCell(rows, withPercentage(rows), "count", "") },
  { name: "tall3: percentage without median", base: "tall3", errors: ["allowed_amount.required"], csv: (rows) => setCell(rows, withPercentage(rows), "median_amount", "") },
  { name: "tall3: percentage with count 0 and notes needs no percentiles", base: "tall3", errors: [], csv: (rows) => { const r = withPercentage(rows); for (const n of ["median_amount", "10th_percentile", "90th_percentile"]) setCell(rows, r, n, ""); setCell(rows, r, "count", "0"); setCell(rows, r, "additional_generic_notes", "No claims yet."); } },
  { name: "tall3: count 0 without notes", base: "tall3", errors: ["count.zero_needs_notes"], csv: (rows) => { const r = withPercentage(rows); setCell(rows, r, "count", "0"); setCell(rows, r, "additional_generic_notes", ""); } },
  { name: "tall3: invalid count", base: "tall3", errors: ["count.invalid"], csv: (rows) => setCell(rows, withPercentage(rows), "count", "5") },
  { name: "tall3: negative median", base: "tall3", errors: ["amount.invalid"], csv: (rows) => setCell(rows, withPercentage(rows), "median_amount", "-12") },
  { name: "tall3: nine 9s median is an alert", base: "tall3", errors: [], alerts: ["alert.nine_nines"], csv: (rows) => setCell(rows, withPercentage(rows), "median_amount", "999999999") },
  { name: "tall3: nine 9s count is an alert", base: "tall3", errors: [], alerts: ["alert.nine_nines"], csv: (rows) => setCell(rows, withPercentage(rows), "count", "999999999") },

  // wide payer columns
  { name: "wide3: negotiated dollar without methodology", base: "wide3", errors: ["methodology.required"], csv: (rows) => { const { plan, r } = widePlanWithDollar(rows); setCell(rows, r, `standard_charge|${plan}|methodology`, ""); } },
  { name: "wide3: invalid methodology", base: "wide3", errors: ["methodology.invalid"], csv: (rows) => { const { plan, r } = widePlanWithDollar(rows); setCell(rows, r, `standard_charge|${plan}|methodology`, "capitation"); } },
  { name: "wide3: methodology other without payer notes", base: "wide3", errors: ["methodology.other_needs_notes"], csv: (rows) => { const { plan, r } = widePlanWithDollar(rows); setCell(rows, r, `standard_charge|${plan}|methodology`, "other"); setCell(rows, r, `additional_payer_notes|${plan}`, ""); } },
  { name: "wide3: percentage without count", base: "wide3", errors: ["count.required"], csv: (rows) => { const { plan, r } = widePlanWithPercentage(rows); setCell(rows, r, `count|${plan}`, ""); } },
  { name: "wide3: percentage without 90th percentile", base: "wide3", errors: ["allowed_amount.required"], csv: (rows) => { const { plan, r } = widePlanWithPercentage(rows); setCell(rows, r, `90th_percentile|${plan}`, ""); } },
  { name: "wide3: count 0 without payer notes", base: "wide3", errors: ["count.zero_needs_notes"], csv: (rows) => { const { plan, r } = widePlanWithPercentage(rows); setCell(rows, r, `count|${plan}`, "0"); setCell(rows, r, `additional_payer_notes|${plan}`, ""); } },
  { name: "wide3: invalid count", base: "wide3", errors: ["count.invalid"], csv: (rows) => { const { plan, r } = widePlanWithPercentage(rows); setCell(rows, r, `count|${plan}`, "10"); } },
  { name: "wide3: nine 9s 10th percentile is an alert", base: "wide3", errors: [], alerts: ["alert.nine_nines"], csv: (rows) => { const { plan, r } = widePlanWithPercentage(rows); setCell(rows, r, `10th_percentile|${plan}`, "999999999.00"); } },

  // ---- v2 CSV ------------------------------------------------------------------------------------------
  { name: "tall22: percentage without estimated amount", base: "tall22", errors: ["estimated_amount.required"], csv: (rows) => { const r = findRow(rows, (g) => g("standard_charge|negotiated_percentage") !== "" && g("code|1") !== ""); setCell(rows, r, "estimated_amount", ""); } },
  { name: "tall22: nine 9s estimated amount is an alert", base: "tall22", errors: [], alerts: ["alert.nine_nines"], csv: (rows) => { const r = findRow(rows, (g) => g("standard_charge|negotiated_percentage") !== "" && g("code|1") !== ""); setCell(rows, r, "estimated_amount", "999999999"); } },
  { name: "tall22: affirmation false is an alert", base: "tall22", errors: [], alerts: ["alert.attestation_false"], csv: (rows) => { rows[1]![rows[0]!.findIndex((h) => h.startsWith("To the best"))] = "false"; } },
  { name: "tall22: declared 2.2.0 (CMS expects the template version 2.0.0)", base: "tall22", errors: [], alerts: ["alert.version_mismatch"], csv: (rows) => setGeneral(rows, "version", "2.2.0") },
  { name: "tall22: CMG is not a v2 code type", base: "tall22", errors: ["code_type.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "code|1|type", "CMG") },
  { name: "tall22 declared 2.2.0: missing modifiers column", base: "tall22", errors: ["columns.missing"], alerts: ["alert.version_mismatch"], csv: (rows) => { setGeneral(rows, "version", "2.2.0"); dropColumn(rows, columnIndex(rows, "modifiers"), "data"); } },
  { name: "tall22 declared 2.0.0 without the drug unit column: a v2.0 file, where modifier rows need a code", base: "tall22", errors: ["code.pair_missing"], csv: (rows) => dropColumn(rows, columnIndex(rows, "drug_unit_of_measurement"), "data") },
  { name: "tall22: v3 headers in a v2 file", base: "tall22", errors: ["header.missing"], csv: (rows) => { rows[0]![generalIndex(rows, "hospital_location")] = "location_name"; } },
  { name: "wide22: percentage without estimated amount", base: "wide22", errors: ["estimated_amount.required"], csv: (rows) => { const header = rows[2]!; const c = header.findIndex((h) => h.toLowerCase().startsWith("estimated_amount|")); const plan = header[c]!.split("|").slice(1).join("|"); const r = findRow(rows, (g) => g(`standard_charge|${plan}|negotiated_percentage`) !== "" && g(`standard_charge|${plan}|negotiated_dollar`) === "" && g("code|1") !== ""); rows[r]![c] = ""; } },
  { name: "tall21: dollar without maximum", base: "tall21", errors: ["min_max.required"], alerts: ["alert.version_mismatch"], csv: (rows) => setCell(rows, withDollar(rows), "standard_charge|max", "") },
  { name: "tall21: methodology other without notes", base: "tall21", errors: ["methodology.other_needs_notes"], alerts: ["alert.version_mismatch"], csv: (rows) => { const r = withDollar(rows); setCell(rows, r, "standard_charge|methodology", "other"); setCell(rows, r, "additional_generic_notes", ""); } },
  { name: "tall20: dollar without methodology is fine before v2.1", base: "tall20", errors: [], csv: (rows) => setCell(rows, withDollar(rows), "standard_charge|methodology", "") },
  { name: "tall20: no code at all", base: "tall20", errors: ["code.pair_missing"], csv: (rows) => { const r = firstItem(rows); for (const n of ["code|1", "code|1|type", "code|2", "code|2|type"]) setCell(rows, r, n, ""); } },
  { name: "wide20: invalid setting", base: "wide20", errors: ["setting.invalid"], csv: (rows) => setCell(rows, firstItem(rows), "setting", "ER") },

  // ---- JSON v3 ------------------------------------------------------------------------------------------
  { name: "json3: missing hospital_address", base: "json3", errors: ["header.missing"], json: (d) => { delete d.hospital_address; } },
  { name: "json3: blank hospital_name", base: "json3", errors: ["header.value_required"], json: (d) => { d.hospital_name = ""; } },
  { name: "json3: bad date", base: "json3", errors: ["header.date_invalid"], json: (d) => { d.last_updated_on = "10/01/2026"; } },
  { name: "json3: invalid license state", base: "json3", errors: ["header.license_state_invalid"], json: (d) => { d.license_information.state = "ca"; } },
  { name: "json3: missing attestation", base: "json3", errors: ["header.missing"], json: (d) => { delete d.attestation; } },
  { name: "json3: missing attester", base: "json3", errors: ["header.missing"], json: (d) => { delete d.attestation.attester_name; } },
  { name: "json3: attestation confirm as text", base: "json3", errors: ["header.attestation_invalid"], json: (d) => { d.attestation.confirm_attestation = "true"; } },
  { name: "json3: attestation false is an alert", base: "json3", errors: [], alerts: ["alert.attestation_false"], json: (d) => { d.attestation.confirm_attestation = false; } },
  { name: "json3: missing type_2_npi", base: "json3", errors: ["header.missing"], json: (d) => { delete d.type_2_npi; } },
  { name: "json3: empty type_2_npi", base: "json3", errors: ["header.value_required"], json: (d) => { d.type_2_npi = []; } },
  { name: "json3: hospital_address as text", base: "json3", errors: ["header.value_invalid"], json: (d) => { d.hospital_address = "1 Main St"; } },
  { name: "json3: version after the items", base: "json3", errors: [], json: (d) => { const v = d.version; delete d.version; d.version = v; } },
  { name: "json3: no items", base: "json3", errors: ["header.missing"], json: (d) => { d.standard_charge_information = []; } },
  { name: "json3: blank description", base: "json3", errors: ["description.required"], json: (d) => { d.standard_charge_information[0].description = ""; } },
  { name: "json3: invalid code type", base: "json3", errors: ["code_type.invalid"], json: (d) => { d.standard_charge_information[0].code_information[0].type = "cpt"; } },
  { name: "json3: code without type", base: "json3", errors: ["code_type.required"], json: (d) => { delete d.standard_charge_information[0].code_information[0].type; } },
  { name: "json3: no code_information", base: "json3", errors: ["code.pair_missing"], json: (d) => { d.standard_charge_information[0].code_information = []; } },
  { name: "json3: invalid setting", base: "json3", errors: ["setting.invalid"], json: (d) => { d.standard_charge_information[0].standard_charges[0].setting = "Inpatient"; } },
  { name: "json3: gross charge as text", base: "json3", errors: ["amount.invalid"], json: (d) => { d.standard_charge_information[0].standard_charges[0].gross_charge = "4004.15"; } },
  { name: "json3: zero discounted cash", base: "json3", errors: ["amount.invalid"], json: (d) => { d.standard_charge_information[0].standard_charges[0].discounted_cash = 0; } },
  { name: "json3: invalid methodology", base: "json3", errors: ["methodology.invalid"], json: (d) => { dollarPayer(d).payer.methodology = "Fee Schedule"; } },
  { name: "json3: negotiated dollar without methodology", base: "json3", errors: ["methodology.required"], json: (d) => { delete dollarPayer(d).payer.methodology; } },
  { name: "json3: methodology other without notes", base: "json3", errors: ["methodology.other_needs_notes"], json: (d) => { const { payer } = dollarPayer(d); payer.methodology = "other"; delete payer.additional_payer_notes; } },
  { name: "json3: payer without plan name", base: "json3", errors: ["payer.plan_required"], json: (d) => { delete dollarPayer(d).payer.plan_name; } },
  { name: "json3: dollar without minimum", base: "json3", errors: ["min_max.required"], json: (d) => { delete dollarPayer(d).charge.minimum; } },
  { name: "json3: payer without any charge", base: "json3", errors: ["payer.charge_required"], json: (d) => { delete dollarPayer(d).payer.standard_charge_dollar; } },
  { name: "json3: no charge of any kind", base: "json3", errors: ["item.charge_required"], json: (d) => { const c = d.standard_charge_information[0].standard_charges[0]; delete c.gross_charge; delete c.discounted_cash; delete c.payers_information; delete c.minimum; delete c.maximum; } },
  { name: "json3: percentage without allowed amounts", base: "json3", errors: ["allowed_amount.required"], json: (d) => { delete percentagePayer(d).payer.median_amount; } },
  { name: "json3: percentage without count", base: "json3", errors: ["count.required"], json: (d) => { delete percentagePayer(d).payer.count; } },
  { name: "json3: count 0 without notes", base: "json3", errors: ["count.zero_needs_notes"], json: (d) => { const { payer } = percentagePayer(d); payer.count = "0"; delete payer.additional_payer_notes; } },
  { name: "json3: invalid count", base: "json3", errors: ["count.invalid"], json: (d) => { percentagePayer(d).payer.count = 25; } },
  { name: "json3: NDC without drug information", base: "json3", errors: ["ndc.drug_info_required"], json: (d) => { d.standard_charge_information[0].code_information[0].type = "NDC"; } },
  { name: "json3: drug unit as text", base: "json3", errors: ["drug_unit.invalid"], json: (d) => { const i = d.standard_charge_information[0]; i.code_information[0].type = "NDC"; i.drug_information = { unit: "1.5", type: "ML" }; } },
  { name: "json3: drug information without type", base: "json3", errors: ["drug_type.required"], json: (d) => { d.standard_charge_information[0].drug_information = { unit: 2 }; } },
  { name: "json3: nine 9s median is an alert", base: "json3", errors: [], alerts: ["alert.nine_nines"], json: (d) => { percentagePayer(d).payer.median_amount = 999999999; } },
  { name: "json3: estimated_amount in v3 is an alert", base: "json3", errors: [], alerts: ["alert.estimated_amount_deprecated"], json: (d) => { dollarPayer(d).payer.estimated_amount = 100; } },
  { name: "json3: modifier without code", base: "json3", errors: ["modifier.invalid"], json: (d) => { delete d.modifier_information[0].code; } },
  { name: "json3: item without standard_charges", base: "json3", errors: ["charges.missing"], json: (d) => { delete d.standard_charge_information[0].standard_charges; } },
  { name: "json3: empty payers_information", base: "json3", errors: ["json.value_invalid"], json: (d) => { d.standard_charge_information[0].standard_charges[0].payers_information = []; delete d.standard_charge_information[0].standard_charges[0].minimum; } },
  { name: "json3: code as a number", base: "json3", errors: ["json.value_invalid"], json: (d) => { d.standard_charge_information[0].code_information[0].code = 70551; } },
  { name: "json3: truncated file", base: "json3", errors: ["json.syntax"], text: (t) => t.slice(0, Math.floor(t.length / 2)) },

  // ---- JSON v2 ------------------------------------------------------------------------------------------
  { name: "json22: percentage without estimated amount", base: "json22", errors: ["estimated_amount.required"], json: (d) => { delete findPayer(d, (p) => p.estimated_amount !== undefined).payer.estimated_amount; } },
  { name: "json22: nine 9s estimated amount is an alert", base: "json22", errors: [], alerts: ["alert.nine_nines"], json: (d) => { findPayer(d, (p) => p.estimated_amount !== undefined).payer.estimated_amount = 999999999; } },
  { name: "json22: affirmation false is an alert", base: "json22", errors: [], alerts: ["alert.attestation_false"], json: (d) => { d.affirmation.confirm_affirmation = false; } },
  { name: "json22: drug unit must be text in v2.2", base: "json22", errors: ["drug_unit.invalid"], json: (d) => { d.standard_charge_information[0].drug_information = { unit: 1, type: "ML" }; } },
  { name: "json22: NDC without drug information", base: "json22", errors: ["ndc.drug_info_required"], json: (d) => { d.standard_charge_information[0].code_information[0].type = "NDC"; } },
  { name: "json22: missing affirmation", base: "json22", errors: ["header.missing"], json: (d) => { delete d.affirmation; } },
  { name: "json22: version 2.2.5 is an alert", base: "json22", errors: [], alerts: ["alert.version_mismatch"], json: (d) => { d.version = "2.2.5"; } },
  { name: "json21: methodology other without notes", base: "json21", errors: ["methodology.other_needs_notes"], json: (d) => { const { payer } = dollarPayer(d); payer.methodology = "other"; payer.additional_payer_notes = ""; } },
  { name: "json21: no charge of any kind", base: "json21", errors: ["item.charge_required"], json: (d) => { const c = d.standard_charge_information[0].standard_charges[0]; delete c.gross_charge; delete c.discounted_cash; delete c.payers_information; } },
  { name: "json20: no charge of any kind is fine before v2.1", base: "json20", errors: [], json: (d) => { const c = d.standard_charge_information[0].standard_charges[0]; delete c.gross_charge; delete c.discounted_cash; delete c.payers_information; } },
  { name: "json20: payer without methodology", base: "json20", errors: ["methodology.required"], json: (d) => { delete dollarPayer(d).payer.methodology; } },
];
