// CSV rows 4+: the per-row rules of @cmsgov/hpt-validator's CsvValidator
// (buildRowValidators), compiled once from the row-3 layout.
//
// This runs on every row of files with millions of rows, so: column indexes
// are resolved up front, per-payer cell values go into scratch arrays reused
// across rows, value checks are character scans, and a clean row allocates
// nothing (it returns the shared NO_ISSUES). Messages are only built on failure.
import { DRUG_UNIT_TYPES, METHODOLOGIES, NINE_NINES, SETTINGS, codeTypes } from "./constants";
import type { CsvLayout, PayerColumns } from "./csv-columns";
import { csvIssue, quote } from "./issues";
import { NO_ISSUES, type Issue } from "./types";
import { EnumSet, isCountValue, isPositiveDecimal, sameText, tooLargeMessage } from "./values";
import { MAX_AMOUNT, MAX_PERCENTAGE, isStorable } from "../values";
import type { RuleId } from "./rules";
import type { VersionRules } from "./versions";

const SETTING_SET = new EnumSet(SETTINGS);
const METHODOLOGY_SET = new EnumSet(METHODOLOGIES);
const DRUG_TYPE_SET = new EnumSet(DRUG_UNIT_TYPES);

/** Trimmed cell text ("" for a missing column or a short row), as CMS trims every cell. */
function cellAt(cells: readonly string[], index: number): string {
  if (index < 0) return "";
  const value = cells[index];
  if (value === undefined || value.length === 0) return "";
  // Most cells start and end with a printable ASCII character: skip trim() then.
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? value : value.trim();
}

function isBlankRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== "") return false;
  return true;
}

/** A plain decimal whose integer part has as many digits as `max` less one, or more (so it may not be storable). */
function mayExceed(value: string, max: number): boolean {
  const digits = max === MAX_AMOUNT ? 12 : String(max).length - 1;
  if (value.length < digits) return false;
  const dot = value.indexOf(".");
  return (dot < 0 ? value.length : dot) >= digits;
}

/** Nine 9s as CMS tests it (Number(value) === 999999999), skipping the parse for short values. */
function isNineNines(value: string): boolean {
  return value.length >= 9 && Number(value) === NINE_NINES;
}

export class CsvRowChecker {
  private readonly codeTypeSet: EnumSet;
  private readonly wide: boolean;
  // Per-payer cell values of the current row, reused across rows.
  private readonly dollar: string[];
  private readonly percentage: string[];
  private readonly algorithm: string[];
  private readonly methodology: string[];
  private readonly notes: string[];
  private readonly count: string[];
  private out: Issue[] | null = null;
  private row = 0;

  constructor(
    private readonly layout: CsvLayout,
    private readonly rules: VersionRules,
  ) {
    this.codeTypeSet = new EnumSet(codeTypes(rules.v3));
    this.wide = layout.format === "csv_wide";
    const n = layout.payers.length;
    this.dollar = new Array<string>(n).fill("");
    this.percentage = new Array<string>(n).fill("");
    this.algorithm = new Array<string>(n).fill("");
    this.methodology = new Array<string>(n).fill("");
    this.notes = new Array<string>(n).fill("");
    this.count = new Array<string>(n).fill("");
  }

  /** Errors and alerts of one data row; blank rows are skipped, as CMS skips them. */
  check(cells: readonly string[], row: number): readonly Issue[] {
    const L = this.layout;
    const r = this.rules;
    this.row = row;
    this.out = null;

    const description = cellAt(cells, L.description);
    if (description === "" && isBlankRow(cells)) return NO_ISSUES;
    if (description === "") {
      this.add("description.required", "The description is blank. Describe the item or service in plain words.", L.description);
    }

    // Code pairs: each code needs its type and each type its code.
    let hasCodeInfo = false;
    let hasNdc = false;
    for (let i = 0; i < L.codes.length; i++) {
      const pair = L.codes[i]!;
      const code = cellAt(cells, pair.code);
      const type = cellAt(cells, pair.type);
      if (code === "" && type === "") continue;
      hasCodeInfo = true;
      if (code === "") {
        this.add("code.required", `${this.col(pair.type)} is ${quote(type)} but ${this.col(pair.code)} is blank. Encode the code, or clear the code type.`, pair.code);
      } else if (type === "") {
        this.add(
          "code_type.required",
          `${this.col(pair.code)} is ${quote(code)} but ${this.col(pair.type)} is blank. Encode the code's type (e.g. CPT, HCPCS, MS-DRG, RC, NDC, LOCAL).`,
          pair.type,
        );
      } else if (!this.codeTypeSet.has(type)) {
        this.add("code_type.invalid", `${quote(type)} is not a CMS code type. Use one of: ${this.codeTypeSet.list()}.`, pair.type);
      }
      if (type.length === 3 && sameText(type, "NDC")) hasNdc = true;
    }

    // Item-level amounts are optional but must be positive numbers when present.
    this.amount(cells, L.gross);
    this.amount(cells, L.cash);
    this.amount(cells, L.min);
    this.amount(cells, L.max);

    // Payer-specific columns: read once into the scratch arrays, check their values.
    const payers = L.payers;
    for (let p = 0; p < payers.length; p++) {
      const c = payers[p]!;
      this.dollar[p] = this.amount(cells, c.dollar);
      this.percentage[p] = this.amount(cells, c.percentage, MAX_PERCENTAGE);
      this.algorithm[p] = cellAt(cells, c.algorithm);
      this.notes[p] = cellAt(cells, c.notes);
      const methodology = cellAt(cells, c.methodology);
      this.methodology[p] = methodology;
      if (methodology !== "" && !METHODOLOGY_SET.has(methodology)) {
        this.add(
          "methodology.invalid",
          `${quote(methodology)} is not a standard charge methodology. Use one of: ${METHODOLOGY_SET.list()}.`,
          c.methodology,
        );
      }
      if (r.only22) this.amount(cells, c.estimated);
      if (r.v3) {
        this.amount(cells, c.median);
        this.amount(cells, c.p10);
        this.amount(cells, c.p90);
        const count = cellAt(cells, c.count);
        this.count[p] = count;
        if (count !== "" && !isCountValue(count, true)) {
          this.add(
            "count.invalid",
            `${this.col(c.count)} ${quote(count)} is not a valid count of allowed amounts. Encode 0, "1 through 10", or a whole number of 11 or more (no decimals, commas or other text).`,
            c.count,
          );
        }
      }
    }

    let drugUnit = "";
    let drugType = "";
    if (r.v22) {
      // Drug unit and type go together; an NDC code needs both.
      drugUnit = cellAt(cells, L.drugUnit);
      drugType = cellAt(cells, L.drugType);
      if (drugUnit !== "" || drugType !== "") {
        if (drugUnit === "") {
          this.add(
            "drug_unit.required",
            `drug_type_of_measurement is ${quote(drugType)} but drug_unit_of_measurement is blank. Encode the number of units (e.g. 1 or 2.5), or clear both drug columns.`,
            L.drugUnit,
          );
        } else if (!isPositiveDecimal(drugUnit)) {
          this.add(
            "drug_unit.invalid",
            `drug_unit_of_measurement ${quote(drugUnit)} is not a positive number. Encode the number of units with digits and an optional decimal point (e.g. 1 or 2.5), without the unit name.`,
            L.drugUnit,
          );
        } else if (mayExceed(drugUnit, MAX_AMOUNT) && !isStorable(Number(drugUnit), MAX_AMOUNT)) {
          this.add("drug_unit.invalid", tooLargeMessage("drug_unit_of_measurement", drugUnit, MAX_AMOUNT), L.drugUnit);
        }
        if (drugType === "") {
          this.add(
            "drug_type.required",
            `drug_unit_of_measurement is ${quote(drugUnit)} but drug_type_of_measurement is blank. Encode the unit type: ${DRUG_TYPE_SET.list()}.`,
            L.drugType,
          );
        } else if (!DRUG_TYPE_SET.has(drugType)) {
          this.add("drug_type.invalid", `${quote(drugType)} is not a drug type of measurement. Use one of: ${DRUG_TYPE_SET.list()}.`, L.drugType);
        }
      }
      if (hasNdc && (drugUnit === "" || drugType === "")) {
        this.add(
          "ndc.drug_info_required",
          "This item has an NDC code, so drug_unit_of_measurement and drug_type_of_measurement must both be encoded.",
          drugUnit === "" ? L.drugUnit : L.drugType,
        );
      }
    }

    // From v2.2 a row without any code is a modifier row when "modifiers" is filled;
    // before v2.2 every row needs a code.
    if (hasCodeInfo) {
      this.itemChecks(cells);
    } else if (r.v22 && cellAt(cells, L.modifiers) !== "") {
      this.modifierChecks(cells);
    } else {
      this.add(
        "code.pair_missing",
        r.v22
          ? 'The row has no code and code type. Encode at least one code with its type (any code|N pair will do); for a modifier-only row, encode the modifier in "modifiers".'
          : "The row has no code and code type. Encode at least one code with its type (any code|N pair will do).",
        -1,
      );
      this.itemChecks(cells);
    }

    this.nineNines(cells);
    const out = this.out;
    this.out = null;
    return out ?? NO_ISSUES;
  }

  /** The rules for a row that describes an item or service (not a modifier-only row). */
  private itemChecks(cells: readonly string[]): void {
    const L = this.layout;
    const r = this.rules;
    const payers = L.payers;
    const setting = cellAt(cells, L.setting);
    if (setting === "") {
      this.add("setting.required", "setting is blank. Encode inpatient, outpatient or both.", L.setting);
    } else if (!SETTING_SET.has(setting)) {
      this.add("setting.invalid", `${quote(setting)} is not a setting. Encode inpatient, outpatient or both.`, L.setting);
    }
    if (!r.v21) return;

    let anyCharge = false;
    let anyDollar = false;
    for (let p = 0; p < payers.length; p++) {
      const c = payers[p]!;
      const hasCharge = this.dollar[p] !== "" || this.percentage[p] !== "" || this.algorithm[p] !== "";
      if (hasCharge) anyCharge = true;
      if (this.dollar[p] !== "") anyDollar = true;
      const forPlan = this.forPlan(c);
      if (hasCharge) {
        if (!this.wide) {
          if (cellAt(cells, L.payerName) === "") {
            this.add("payer.name_required", "The row has a payer-specific negotiated charge but payer_name is blank. Encode the payer's name.", L.payerName);
          }
          if (cellAt(cells, L.planName) === "") {
            this.add("payer.plan_required", "The row has a payer-specific negotiated charge but plan_name is blank. Encode the plan's name.", L.planName);
          }
        }
        if (this.methodology[p] === "") {
          this.add(
            "methodology.required",
            `The row has a payer-specific negotiated charge${forPlan} but ${this.col(c.methodology)} is blank. Encode how the charge was set: ${METHODOLOGY_SET.list()}.`,
            c.methodology,
          );
        }
      }
      if (this.methodology[p]!.length === 5 && sameText(this.methodology[p]!, "other") && this.notes[p] === "") {
        this.add(
          "methodology.other_needs_notes",
          `The methodology${forPlan} is "other", so ${this.col(c.notes)} must explain how the payer-specific negotiated charge is determined.`,
          c.notes,
        );
      }
    }

    if (!anyCharge && cellAt(cells, L.gross) === "" && cellAt(cells, L.cash) === "") {
      this.add(
        "item.charge_required",
        "The row has no gross charge, discounted cash price or payer-specific negotiated charge (dollar, percentage or algorithm). Encode at least one.",
        L.gross,
      );
    }
    if (anyDollar) {
      const min = cellAt(cells, L.min) === "";
      const max = cellAt(cells, L.max) === "";
      if (min || max) {
        this.add(
          "min_max.required",
          `The row has a negotiated dollar amount, so the de-identified minimum and maximum negotiated charges must be encoded; ${min ? "standard_charge|min" : "standard_charge|max"} is blank.`,
          min ? L.min : L.max,
        );
      }
    }

    for (let p = 0; p < payers.length; p++) {
      const c = payers[p]!;
      const pctOrAlgorithm = this.percentage[p] !== "" || this.algorithm[p] !== "";
      const forPlan = this.forPlan(c);
      if (r.only22 && pctOrAlgorithm && this.dollar[p] === "" && cellAt(cells, c.estimated) === "") {
        this.add(
          "estimated_amount.required",
          `The negotiated charge${forPlan} is only a percentage or algorithm, so ${this.col(c.estimated)} (the estimated allowed amount in dollars) must be encoded.`,
          c.estimated,
        );
      }
      if (!r.v3) continue;
      const count = this.count[p]!;
      if (pctOrAlgorithm && count === "") {
        this.add(
          "count.required",
          `The negotiated charge${forPlan} is a percentage or algorithm, so ${this.col(c.count)} (the count of allowed amounts) must be encoded: 0, "1 through 10", or a whole number of 11 or more.`,
          c.count,
        );
      }
      if (pctOrAlgorithm && count !== "0") {
        const columns = [c.median, c.p10, c.p90];
        for (let k = 0; k < 3; k++) {
          const index = columns[k]!;
          if (cellAt(cells, index) === "") {
            this.add(
              "allowed_amount.required",
              `The negotiated charge${forPlan} is a percentage or algorithm and the count of allowed amounts is not 0, so ${this.col(index)} must be encoded (a dollar amount from the allowed amounts).`,
              index,
            );
          }
        }
      }
      if (count === "0" && this.notes[p] === "") {
        this.add(
          "count.zero_needs_notes",
          `The count of allowed amounts${forPlan} is 0, so ${this.col(c.notes)} must explain why there are no allowed amounts.`,
          c.notes,
        );
      }
      if (!this.wide && this.dollar[p] === "" && !pctOrAlgorithm && cellAt(cells, L.payerName) !== "" && cellAt(cells, L.planName) !== "") {
        this.add(
          "payer.charge_required",
          "payer_name and plan_name are encoded but the row has no payer-specific negotiated charge. Encode the negotiated dollar amount, percentage or algorithm, or leave payer and plan blank.",
          L.payerName,
        );
      }
    }
  }

  /** v2.2+: a modifier-only row (no item code) still needs notes or a payer-specific charge. */
  private modifierChecks(cells: readonly string[]): void {
    if (cellAt(cells, this.layout.genericNotes) !== "") return;
    for (let p = 0; p < this.layout.payers.length; p++) {
      if (this.dollar[p] !== "" || this.percentage[p] !== "" || this.algorithm[p] !== "") return;
      if (this.wide && this.notes[p] !== "") return;
    }
    this.add(
      "modifier.info_required",
      `This modifier row (no item code) needs additional_generic_notes or a payer-specific negotiated dollar amount, percentage or algorithm${this.wide ? " (or payer-specific notes)" : ""} describing how the modifier changes payment.`,
      this.layout.genericNotes,
    );
  }

  /** Alerts: 999999999 used for an allowed amount (v3) or estimated amount (v2.2). */
  private nineNines(cells: readonly string[]): void {
    const r = this.rules;
    if (!r.only22 && !r.v3) return;
    const payers = this.layout.payers;
    for (let p = 0; p < payers.length; p++) {
      const c = payers[p]!;
      if (r.only22) this.nineNinesAt(cells, c.estimated);
      if (r.v3) {
        this.nineNinesAt(cells, c.count);
        this.nineNinesAt(cells, c.median);
        this.nineNinesAt(cells, c.p10);
        this.nineNinesAt(cells, c.p90);
      }
    }
  }

  private nineNinesAt(cells: readonly string[], index: number): void {
    if (index >= 0 && isNineNines(cellAt(cells, index))) {
      this.add(
        "alert.nine_nines",
        `${this.col(index)} is 999999999 (nine 9s). CMS asks hospitals to stop encoding nine 9s and to encode the actual amount.`,
        index,
      );
    }
  }

  /** Checks an optional positive amount; returns the trimmed cell text. */
  private amount(cells: readonly string[], index: number, max = MAX_AMOUNT): string {
    const value = cellAt(cells, index);
    if (value === "") return value;
    if (!isPositiveDecimal(value)) {
      this.add(
        "amount.invalid",
        `${this.col(index)} ${quote(value)} is not a positive number. Encode digits with an optional decimal point, greater than 0, without "$", commas or text; leave the cell blank when there is no amount.`,
        index,
      );
    } else if (mayExceed(value, max) && !isStorable(Number(value), max)) {
      // Stricter than CMS, deliberately: no price is a trillion dollars, and it cannot be stored.
      this.add("amount.invalid", tooLargeMessage(this.col(index), value, max), index);
    }
    return value;
  }

  private forPlan(c: PayerColumns): string {
    return c.name === "" ? "" : ` for ${c.name}`;
  }

  private col(index: number): string {
    return index >= 0 ? `"${this.layout.names[index]}"` : "the column";
  }

  private add(rule: RuleId, message: string, column: number): void {
    const issue = csvIssue(rule, message, this.row, column >= 0 ? this.layout.names[column] : undefined);
    if (this.out === null) this.out = [issue];
    else this.out.push(issue);
  }
}
