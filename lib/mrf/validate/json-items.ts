// One standard_charge_information item, checked as CMS's JSON schema of the
// file's version checks it (the "standard_charge_information" definition and
// its standard_charges and payers_information), plus the alert schema.
//
// Hand-written rather than compiled from the schema so that each failure gets
// a rule id and a message a hospital analyst can act on, and so the check has
// no dependency beyond this module. Paths are only built when something fails.
import { DRUG_UNIT_TYPES, METHODOLOGIES, NINE_NINES, SETTINGS, codeTypes } from "./constants";
import { jsonIssue } from "./issues";
import { child, has, isObject, isPositiveNumber, jsonType, type JsonObject } from "./json-shape";
import { NO_ISSUES, type Issue } from "./types";
import { isCountValue, isOverflowNumber, tooLargeMessage } from "./values";
import { MAX_AMOUNT, MAX_PERCENTAGE, isStorable } from "../values";
import type { RuleId } from "./rules";
import type { VersionRules } from "./versions";

const SETTING_VALUES = new Set<string>(SETTINGS);
const METHODOLOGY_VALUES = new Set<string>(METHODOLOGIES);
const DRUG_TYPES = new Set<string>(DRUG_UNIT_TYPES);

/**
 * A JSON number beyond the range of a double (1e999) parses as Infinity. CMS's
 * schema check lets it through (Infinity is a number, and > 0); refusing it is a
 * deliberate case of being stricter than CMS, since an infinite price cannot be
 * stored, and the reader (lib/mrf/values.ts decimal) refuses it: a file this
 * validator passes must load.
 */
const overflowMessage = (what: string, example: string) =>
  `${what} is a number out of range (beyond ±1.8e308, such as 1e999), which reads as infinity and cannot be stored. Encode the actual value, e.g. ${example}.`;

const itemPath = (i: number) => `$.standard_charge_information[${i}]`;
const chargePath = (i: number, c: number) => `${itemPath(i)}.standard_charges[${c}]`;
const payerPath = (i: number, c: number, p: number) => `${chargePath(i, c)}.payers_information[${p}]`;

export class JsonItemChecker {
  private readonly codeTypeValues: Set<string>;
  private readonly codeTypeList: string;
  private out: Issue[] | null = null;
  // Indexes of the item, charge and payer being checked, for paths in messages.
  private i = 0;
  private c = 0;
  private p = -1;

  constructor(private readonly rules: VersionRules) {
    const types = codeTypes(rules.v3);
    this.codeTypeValues = new Set(types);
    this.codeTypeList = types.join(", ");
  }

  /** Errors and alerts of one item (index = its position in standard_charge_information). */
  check(item: unknown, i: number): readonly Issue[] {
    this.out = null;
    this.item(item, i);
    const out = this.out;
    this.out = null;
    return out ?? NO_ISSUES;
  }

  private add(rule: RuleId, message: string, path: string): void {
    const issue = jsonIssue(rule, message, path);
    if (this.out === null) this.out = [issue];
    else this.out.push(issue);
  }

  private wrongType(path: string, what: string, expected: string, value: unknown): void {
    this.add("json.value_invalid", `${what} must be ${expected}, but it is ${jsonType(value)}.`, path);
  }

  private item(item: unknown, i: number): void {
    const r = this.rules;
    if (!isObject(item)) {
      this.wrongType(itemPath(i), "Each standard_charge_information entry", "an object", item);
      return;
    }
    if (!has(item, "description") || item.description === "") {
      this.add("description.required", "The item has no description. Describe the item or service in plain words.", `${itemPath(i)}.description`);
    } else if (typeof item.description !== "string") {
      this.wrongType(`${itemPath(i)}.description`, "description", "text", item.description);
    }

    this.codes(item, i);

    if (r.v22) {
      if (has(item, "drug_information")) this.drug(item.drug_information, i);
      else if (this.needsDrugInformation(item)) {
        this.add(
          "ndc.drug_info_required",
          'The item has an NDC code, so "drug_information" (the drug "unit" and its "type" of measurement) must be encoded.',
          `${itemPath(i)}.drug_information`,
        );
      }
    }

    const charges = item.standard_charges;
    if (!has(item, "standard_charges") || (Array.isArray(charges) && charges.length === 0)) {
      this.add(
        "charges.missing",
        'The item has no "standard_charges". Encode at least one entry with its setting and charges.',
        `${itemPath(i)}.standard_charges`,
      );
    } else if (!Array.isArray(charges)) {
      this.wrongType(`${itemPath(i)}.standard_charges`, "standard_charges", "a list of charge objects", charges);
    } else {
      for (let c = 0; c < charges.length; c++) this.charge(charges[c], i, c);
    }
  }

  private codes(item: JsonObject, i: number): void {
    const path = `${itemPath(i)}.code_information`;
    const codes = item.code_information;
    if (!has(item, "code_information") || (Array.isArray(codes) && codes.length === 0)) {
      this.add("code.pair_missing", 'The item has no "code_information". Encode at least one code with its type.', path);
      return;
    }
    if (!Array.isArray(codes)) {
      this.wrongType(path, "code_information", "a list of {code, type} objects", codes);
      return;
    }
    for (let k = 0; k < codes.length; k++) {
      const entry: unknown = codes[k];
      if (!isObject(entry)) {
        this.wrongType(child(path, k), "Each code_information entry", "an object with code and type", entry);
        continue;
      }
      if (!has(entry, "code") || entry.code === "") {
        this.add("code.required", 'The code entry has no "code". Encode the code, or remove the entry.', `${child(path, k)}.code`);
      } else if (typeof entry.code !== "string") {
        // Codes are text: leading zeros (e.g. revenue code 0450) must survive.
        this.wrongType(`${child(path, k)}.code`, "The code", 'text (a JSON string, e.g. "0450")', entry.code);
      }
      if (!has(entry, "type")) {
        this.add("code_type.required", 'The code entry has no "type". Encode the code type (e.g. "CPT", "HCPCS", "MS-DRG", "RC", "NDC").', `${child(path, k)}.type`);
      } else if (typeof entry.type !== "string" || !this.codeTypeValues.has(entry.type)) {
        this.add(
          "code_type.invalid",
          `${jsonType(entry.type)} is not a CMS code type. JSON values are case-sensitive; use one of: ${this.codeTypeList}.`,
          `${child(path, k)}.type`,
        );
      }
    }
  }

  /**
   * The schema's if/then for NDC. v3 requires a code entry whose type is
   * exactly "NDC". The v2.2 schema's condition is looser: it also holds when
   * code_information is absent or has an entry without a type, and CMS's
   * validator then asks for drug_information too; that is mirrored here.
   */
  private needsDrugInformation(item: JsonObject): boolean {
    const codes = item.code_information;
    if (this.rules.v3) {
      return Array.isArray(codes) && codes.some((c) => isObject(c) && c.type === "NDC");
    }
    if (!has(item, "code_information")) return true;
    return Array.isArray(codes) && codes.some((c) => isObject(c) && (!has(c, "type") || c.type === "NDC"));
  }

  private drug(drug: unknown, i: number): void {
    const path = `${itemPath(i)}.drug_information`;
    if (!isObject(drug)) {
      this.wrongType(path, "drug_information", 'an object with "unit" and "type"', drug);
      return;
    }
    if (!has(drug, "unit")) {
      this.add("drug_unit.required", 'drug_information has no "unit". Encode the number of units of the drug.', `${path}.unit`);
    } else if (this.rules.v3 && typeof drug.unit === "number" && drug.unit > 0 && Number.isFinite(drug.unit) && !isStorable(drug.unit)) {
      this.add("drug_unit.invalid", tooLargeMessage("The drug unit", String(drug.unit), MAX_AMOUNT), `${path}.unit`);
    } else if (this.rules.v3 && isOverflowNumber(drug.unit)) {
      this.add("drug_unit.invalid", overflowMessage("The drug unit", "1.5"), `${path}.unit`);
    } else if (this.rules.v3 ? !isPositiveNumber(drug.unit) : typeof drug.unit !== "string" || drug.unit === "") {
      this.add(
        "drug_unit.invalid",
        this.rules.v3
          ? `The drug unit must be a positive JSON number (e.g. 1.5), but it is ${jsonType(drug.unit)}.`
          : `The drug unit must be non-blank text in v2.2 (e.g. "1.5"), but it is ${jsonType(drug.unit)}.`,
        `${path}.unit`,
      );
    }
    if (!has(drug, "type")) {
      this.add("drug_type.required", `drug_information has no "type". Encode the unit type: ${DRUG_UNIT_TYPES.join(", ")}.`, `${path}.type`);
    } else if (typeof drug.type !== "string" || !DRUG_TYPES.has(drug.type)) {
      this.add("drug_type.invalid", `${jsonType(drug.type)} is not a drug type of measurement. Use one of: ${DRUG_UNIT_TYPES.join(", ")}.`, `${path}.type`);
    }
  }

  /** Path of the charge (p < 0) or payer being checked; only built when reporting. */
  private here(): string {
    return this.p < 0 ? chargePath(this.i, this.c) : payerPath(this.i, this.c, this.p);
  }

  private amount(object: JsonObject, key: string, max = MAX_AMOUNT): void {
    if (!has(object, key)) return;
    const value = object[key];
    if (typeof value === "number" && Number.isFinite(value) && value > 0 && !isStorable(value, max)) {
      // Stricter than CMS, deliberately: no price is a trillion dollars, and it cannot be stored.
      this.add("amount.invalid", tooLargeMessage(key, String(value), max), `${this.here()}.${key}`);
    } else if (isOverflowNumber(value)) {
      this.add("amount.invalid", overflowMessage(key, "1500.59"), `${this.here()}.${key}`);
    } else if (!isPositiveNumber(value)) {
      this.add(
        "amount.invalid",
        `${key} must be a positive JSON number (no quotes, "$" or commas), but it is ${jsonType(value)}.`,
        `${this.here()}.${key}`,
      );
    }
  }

  private charge(charge: unknown, i: number, c: number): void {
    const r = this.rules;
    this.i = i;
    this.c = c;
    this.p = -1;
    if (!isObject(charge)) {
      this.wrongType(this.here(), "Each standard_charges entry", "an object", charge);
      return;
    }
    if (!has(charge, "setting")) {
      this.add("setting.required", 'The charge has no "setting". Encode "inpatient", "outpatient" or "both".', `${this.here()}.setting`);
    } else if (typeof charge.setting !== "string" || !SETTING_VALUES.has(charge.setting)) {
      this.add("setting.invalid", `The setting ${jsonType(charge.setting)} must be "inpatient", "outpatient" or "both" (lower case).`, `${this.here()}.setting`);
    }
    this.amount(charge, "minimum");
    this.amount(charge, "maximum");
    this.amount(charge, "gross_charge");
    this.amount(charge, "discounted_cash");
    if (has(charge, "additional_generic_notes")) {
      const notes = charge.additional_generic_notes;
      if (typeof notes !== "string") this.wrongType(`${this.here()}.additional_generic_notes`, "additional_generic_notes", "text", notes);
      else if (r.v3 && notes === "") {
        this.add("json.value_invalid", "additional_generic_notes is blank. Leave it out when there is nothing to add.", `${this.here()}.additional_generic_notes`);
      }
    }
    if (r.v3 && has(charge, "modifier_code")) {
      const codes = charge.modifier_code;
      if (!Array.isArray(codes) || codes.length === 0 || codes.some((m) => typeof m !== "string" || m === "")) {
        this.add("json.value_invalid", `modifier_code must be a non-empty list of modifier codes as text, but it is ${jsonType(codes)}.`, `${this.here()}.modifier_code`);
      }
    }

    const payers = charge.payers_information;
    const hasPayers = has(charge, "payers_information");
    if (hasPayers) {
      if (!Array.isArray(payers)) {
        this.wrongType(`${this.here()}.payers_information`, "payers_information", "a list of payer objects", payers);
      } else {
        if (payers.length === 0) {
          this.add("json.value_invalid", "payers_information is an empty list. Leave it out when there are no payer-specific charges.", `${this.here()}.payers_information`);
        }
        for (let p = 0; p < payers.length; p++) this.payer(payers[p], i, c, p);
        this.p = -1;
      }
    }
    if (!r.v21) return;

    // anyOf: a gross charge, a discounted cash price, or payers that each have a negotiated charge.
    const payersCharged =
      hasPayers &&
      Array.isArray(payers) &&
      (!r.v3 || payers.length > 0) &&
      payers.every((p) => isObject(p) && (has(p, "standard_charge_dollar") || has(p, "standard_charge_algorithm") || has(p, "standard_charge_percentage")));
    if (!has(charge, "gross_charge") && !has(charge, "discounted_cash") && !payersCharged) {
      this.add(
        "item.charge_required",
        hasPayers
          ? "The charge has no gross_charge or discounted_cash, so every payer in payers_information needs a standard_charge_dollar, standard_charge_percentage or standard_charge_algorithm."
          : "The charge has no gross_charge, discounted_cash or payers_information with a negotiated charge. Encode at least one.",
        this.here(),
      );
    }
    // if/then: a negotiated dollar amount needs the de-identified minimum and maximum.
    if (hasPayers && Array.isArray(payers) && payers.some((p) => isObject(p) && has(p, "standard_charge_dollar"))) {
      for (const key of ["minimum", "maximum"]) {
        if (!has(charge, key)) {
          this.add(
            "min_max.required",
            `A payer has a standard_charge_dollar, so the de-identified minimum and maximum negotiated charges must be encoded; "${key}" is missing.`,
            `${this.here()}.${key}`,
          );
        }
      }
    }
  }

  private payer(payer: unknown, i: number, c: number, p: number): void {
    const r = this.rules;
    this.i = i;
    this.c = c;
    this.p = p;
    if (!isObject(payer)) {
      this.wrongType(this.here(), "Each payers_information entry", "an object", payer);
      return;
    }
    for (const [key, rule, what] of [
      ["payer_name", "payer.name_required", "the payer's name"],
      ["plan_name", "payer.plan_required", "the plan's name"],
    ] as const) {
      if (!has(payer, key) || payer[key] === "") this.add(rule, `The payer entry has no "${key}". Encode ${what}.`, `${this.here()}.${key}`);
      else if (typeof payer[key] !== "string") this.wrongType(`${this.here()}.${key}`, key, "text", payer[key]);
    }
    if (!has(payer, "methodology")) {
      this.add("methodology.required", `The payer entry has no "methodology". Encode how the charge was set: ${METHODOLOGIES.join(", ")}.`, `${this.here()}.methodology`);
    } else if (typeof payer.methodology !== "string" || !METHODOLOGY_VALUES.has(payer.methodology)) {
      this.add(
        "methodology.invalid",
        `${jsonType(payer.methodology)} is not a standard charge methodology. JSON values are case-sensitive; use one of: ${METHODOLOGIES.join(", ")}.`,
        `${this.here()}.methodology`,
      );
    }
    const hasNotes = has(payer, "additional_payer_notes");
    const notes = payer.additional_payer_notes;
    if (hasNotes && typeof notes !== "string") this.wrongType(`${this.here()}.additional_payer_notes`, "additional_payer_notes", "text", notes);
    else if (hasNotes && notes === "" && r.v3) {
      this.add("json.value_invalid", "additional_payer_notes is blank. Leave it out when there is nothing to add.", `${this.here()}.additional_payer_notes`);
    }
    this.amount(payer, "standard_charge_dollar");
    this.amount(payer, "standard_charge_percentage", MAX_PERCENTAGE);
    if (has(payer, "standard_charge_algorithm")) {
      const algorithm = payer.standard_charge_algorithm;
      if (typeof algorithm !== "string") this.wrongType(`${this.here()}.standard_charge_algorithm`, "standard_charge_algorithm", "text", algorithm);
      else if (r.v3 && algorithm === "") {
        this.add("json.value_invalid", "standard_charge_algorithm is blank. Describe the algorithm, or leave the attribute out.", `${this.here()}.standard_charge_algorithm`);
      }
    }
    // The v2.0 and v2.2 schemas type estimated_amount; the v2.1 schema does not list it.
    if (!r.v3 && (r.only22 || !r.v21)) this.amount(payer, "estimated_amount");
    if (r.v3) {
      this.amount(payer, "median_amount");
      this.amount(payer, "10th_percentile");
      this.amount(payer, "90th_percentile");
      if (has(payer, "count") && (typeof payer.count !== "string" || !isCountValue(payer.count, false))) {
        this.add(
          "count.invalid",
          `count ${jsonType(payer.count)} is not a valid count of allowed amounts. Encode text: "0", "1 through 10", or a whole number of 11 or more (e.g. "25").`,
          `${this.here()}.count`,
        );
      }
    }
    if (!r.v21) return;

    const hasDollar = has(payer, "standard_charge_dollar");
    const pctOrAlgorithm = has(payer, "standard_charge_percentage") || has(payer, "standard_charge_algorithm");
    if (payer.methodology === "other") {
      // v2.1/2.2 demand non-blank notes here; v3 demands notes always be non-blank (checked above).
      if (!hasNotes || (!r.v3 && notes === "")) {
        this.add(
          "methodology.other_needs_notes",
          'The methodology is "other", so "additional_payer_notes" must explain how the payer-specific negotiated charge is determined.',
          `${this.here()}.additional_payer_notes`,
        );
      }
    }
    if (r.only22 && pctOrAlgorithm && !hasDollar && !has(payer, "estimated_amount")) {
      this.add(
        "estimated_amount.required",
        'The negotiated charge is only a percentage or algorithm, so "estimated_amount" (the estimated allowed amount in dollars) must be encoded.',
        `${this.here()}.estimated_amount`,
      );
    }
    if (r.v3) {
      if (!hasDollar && !pctOrAlgorithm) {
        this.add(
          "payer.charge_required",
          "The payer entry has no standard_charge_dollar, standard_charge_percentage or standard_charge_algorithm. Encode the payer-specific negotiated charge.",
          this.here(),
        );
      }
      const hasCount = has(payer, "count");
      if (pctOrAlgorithm && !hasCount) {
        this.add(
          "count.required",
          'The negotiated charge is a percentage or algorithm, so "count" (the count of allowed amounts) must be encoded: "0", "1 through 10", or a whole number of 11 or more.',
          `${this.here()}.count`,
        );
      }
      if (pctOrAlgorithm && !(hasCount && payer.count === "0")) {
        for (const key of ["median_amount", "10th_percentile", "90th_percentile"]) {
          if (!has(payer, key)) {
            this.add(
              "allowed_amount.required",
              `The negotiated charge is a percentage or algorithm and the count of allowed amounts is not "0", so "${key}" must be encoded (a dollar amount from the allowed amounts).`,
              `${this.here()}.${key}`,
            );
          }
        }
      }
      if (hasCount && payer.count === "0" && !hasNotes) {
        this.add(
          "count.zero_needs_notes",
          'The count of allowed amounts is "0", so "additional_payer_notes" must explain why there are no allowed amounts.',
          `${this.here()}.additional_payer_notes`,
        );
      }
    }
    this.payerAlerts(payer);
  }

  /** CMS's alert schemas: nine 9s, and (v3) the retired estimated_amount. */
  private payerAlerts(payer: JsonObject): void {
    const r = this.rules;
    if (r.only22 && payer.estimated_amount === NINE_NINES) {
      this.add("alert.nine_nines", "estimated_amount is 999999999 (nine 9s). CMS asks hospitals to stop encoding nine 9s and to encode the actual amount.", `${this.here()}.estimated_amount`);
    }
    if (!r.v3) return;
    if (has(payer, "estimated_amount")) {
      this.add(
        "alert.estimated_amount_deprecated",
        "estimated_amount is no longer a data element as of January 1, 2026. v3.0 replaces it with median_amount, 10th_percentile, 90th_percentile and count.",
        `${this.here()}.estimated_amount`,
      );
    }
    if (payer.count === "999999999") {
      this.add("alert.nine_nines", 'count is "999999999" (nine 9s). CMS asks hospitals to stop encoding nine 9s and to encode the actual count.', `${this.here()}.count`);
    }
    for (const key of ["median_amount", "10th_percentile", "90th_percentile"]) {
      if (payer[key] === NINE_NINES) {
        this.add("alert.nine_nines", `${key} is 999999999 (nine 9s). CMS asks hospitals to stop encoding nine 9s and to encode the actual amount.`, `${this.here()}.${key}`);
      }
    }
  }
}
