// CSV row 3: which column holds which data element, for the tall and wide
// layouts, plus the row-3 errors CMS reports. Mirrors CsvValidator.validateColumns,
// getPayersPlans, getCodeCount, the placeholder checks and alertColumns.
//
// Columns are matched through a map of canonical header text (pipe parts
// trimmed, lower case), which is what CMS's pairwise sepColumnsEqual amounts
// to, so wide files with thousands of payer/plan columns are checked in linear time.
import { V22_ITEM_COLUMNS } from "./constants";
import { csvIssue, quote } from "./issues";
import type { Issue } from "./types";
import { canonicalHeader, sameText } from "./values";
import type { VersionRules } from "./versions";

/** The columns of one payer/plan: the tall file's single set, or one wide set per payer and plan. */
export interface PayerColumns {
  /** "Payer|Plan" as first written in the header (wide), or "" (tall). */
  name: string;
  dollar: number;
  percentage: number;
  algorithm: number;
  methodology: number;
  /** Notes that explain "other" and a count of 0: additional_generic_notes (tall), additional_payer_notes|payer|plan (wide). */
  notes: number;
  estimated: number;
  median: number;
  p10: number;
  p90: number;
  count: number;
}

export interface CsvLayout {
  format: "csv_tall" | "csv_wide";
  /** Row-3 headers as written (trimmed), by index: what messages call the column. */
  names: string[];
  description: number;
  setting: number;
  gross: number;
  cash: number;
  min: number;
  max: number;
  genericNotes: number;
  modifiers: number;
  drugUnit: number;
  drugType: number;
  /** Tall only; -1 in wide files. */
  payerName: number;
  planName: number;
  codes: { code: number; type: number }[];
  payers: PayerColumns[];
}

export interface ColumnsResult {
  /** Null when row 3 has errors (CMS then checks no data rows). */
  layout: CsvLayout | null;
  /** Known even when the layout is not (null when neither tall nor wide). */
  format: "csv_tall" | "csv_wide" | null;
  errors: Issue[];
  alerts: Issue[];
}

const CHARGE_SUFFIXES = ["negotiated_dollar", "negotiated_percentage", "negotiated_algorithm", "methodology"];
const PLACEHOLDER_PREFIXES = ["additional_payer_notes", "median_amount", "10th_percentile", "90th_percentile", "count"];

const split = (column: string) => column.split("|").map((p) => p.trim());
const isOneOf = (value: string, list: readonly string[]) => list.some((x) => sameText(x, value));

/** Payer/plan pairs named by wide headers, keyed "payer|plan" in lower case, with the first spelling seen. */
function payerPlans(columns: string[], rules: VersionRules): Map<string, string> {
  const prefixes = ["additional_payer_notes"];
  if (rules.only22) prefixes.push("estimated_amount");
  if (rules.v3) prefixes.push("median_amount", "10th_percentile", "90th_percentile", "count");
  const plans = new Map<string, string>();
  for (const column of columns) {
    const parts = split(column);
    const named =
      (parts.length === 4 && sameText(parts[0]!, "standard_charge") && isOneOf(parts[3]!, CHARGE_SUFFIXES)) ||
      (parts.length === 3 && isOneOf(parts[0]!, prefixes));
    if (!named) continue;
    const key = `${parts[1]}|${parts[2]}`.toLowerCase();
    if (!plans.has(key)) plans.set(key, `${parts[1]}|${parts[2]}`);
  }
  return plans;
}

function placeholderIssue(column: string): Issue {
  return csvIssue(
    "columns.placeholder",
    `The row-3 header ${quote(column)} still contains a template placeholder. Replace [payer_name], [plan_name] or [i] with the actual payer name, plan name or code number.`,
    3,
    column,
  );
}

/** v3: headers that kept the template's [payer_name]/[plan_name] or [i]. */
function placeholders(columns: string[]): Issue[] {
  const issues: Issue[] = [];
  columns.forEach((column) => {
    const parts = split(column);
    if (parts.length === 4) {
      if (
        sameText(parts[0]!, "standard_charge") &&
        isOneOf(parts[3]!, CHARGE_SUFFIXES) &&
        (sameText(parts[1]!, "[payer_name]") || sameText(parts[2]!, "[plan_name]"))
      ) {
        issues.push(placeholderIssue(column));
      }
    } else if (parts.length === 3) {
      if (isOneOf(parts[0]!, PLACEHOLDER_PREFIXES) && sameText(parts[1]!, "[payer_name]") && sameText(parts[2]!, "[plan_name]")) {
        issues.push(placeholderIssue(column));
      }
    }
    const code = codeHeaderParts(column);
    if (code && sameText(code[1]!, "[i]")) issues.push(placeholderIssue(column));
  });
  return issues;
}

/** ["code", n] or ["code", n, "type"] when the header is a code column (blank parts dropped, as CMS does). */
function codeHeaderParts(column: string): string[] | null {
  const parts = split(column).filter(Boolean);
  if (parts.length > 0 && sameText(parts[0]!, "code") && (parts.length === 2 || (parts.length === 3 && sameText(parts[2]!, "type")))) {
    return parts;
  }
  return null;
}

/** The highest N of the code|N headers (CMS keeps only the digits: code|[i] counts as 0). */
function codeCount(columns: string[]): number {
  let max = 0;
  for (const column of columns) {
    const parts = codeHeaderParts(column);
    if (parts) max = Math.max(max, Number(parts[1]!.replace(/\D/g, "")));
  }
  return max;
}

/** CMS's getExpectedDataColumns, in canonical form. */
function expectedColumns(rules: VersionRules, codes: number, plans: string[]): string[] {
  const columns = [
    "description",
    "setting",
    "standard_charge|gross",
    "standard_charge|discounted_cash",
    "standard_charge|min",
    "standard_charge|max",
    "additional_generic_notes",
  ];
  for (let i = 1; i <= Math.max(1, codes); i++) columns.push(`code|${i}`, `code|${i}|type`);
  if (plans.length > 0) {
    for (const p of plans) {
      columns.push(
        `standard_charge|${p}|negotiated_dollar`,
        `standard_charge|${p}|negotiated_percentage`,
        `standard_charge|${p}|negotiated_algorithm`,
        `standard_charge|${p}|methodology`,
        `additional_payer_notes|${p}`,
      );
    }
  } else {
    columns.push(
      "payer_name",
      "plan_name",
      "standard_charge|negotiated_dollar",
      "standard_charge|negotiated_percentage",
      "standard_charge|negotiated_algorithm",
      "standard_charge|methodology",
    );
  }
  if (rules.v22) columns.push(...V22_ITEM_COLUMNS);
  if (rules.only22) {
    if (plans.length > 0) for (const p of plans) columns.push(`estimated_amount|${p}`);
    else columns.push("estimated_amount");
  }
  if (rules.v3) {
    if (plans.length > 0) {
      for (const p of plans) columns.push(`median_amount|${p}`, `10th_percentile|${p}`, `90th_percentile|${p}`, `count|${p}`);
    } else {
      columns.push("median_amount", "10th_percentile", "90th_percentile", "count");
    }
  }
  return columns;
}

function missingColumnMessage(label: string, display: string, format: "csv_tall" | "csv_wide"): string {
  const why = format === "csv_wide" && label.includes("|") && !label.startsWith("standard_charge|") && !label.startsWith("code|")
    ? " Every payer and plan in a wide file needs its full set of columns."
    : "";
  return `Row 3 has no ${quote(display)} column, or it is misspelled. Add it as named in the CMS template; cells may stay blank where the data element does not apply.${why}`;
}

export function readCsvColumns(row3: readonly string[], rules: VersionRules): ColumnsResult {
  const names = row3.map((c) => c.trim());
  const errors: Issue[] = [];
  const isTall = names.some((c) => sameText(c, "payer_name")) && names.some((c) => sameText(c, "plan_name"));
  const planSpellings = payerPlans(names, rules);
  let plans = [...planSpellings.keys()];
  if (rules.v3) {
    // Placeholders are errors from v3.0 on; their payer/plan is then not treated as a real one.
    errors.push(...placeholders(names));
    plans = plans.filter((p) => {
      const [payer, plan] = p.split("|") as [string, string];
      return payer !== "[payer_name]" && plan !== "[plan_name]";
    });
  }
  // A header like code|99999999 would make the expected list (code|1 … code|N)
  // astronomically long. Past the number of columns some code|i must be missing
  // anyway, so the verdict is the same with N capped there.
  const codes = Math.min(codeCount(names), names.length);

  if (isTall === plans.length > 0) {
    errors.push(
      csvIssue(
        "columns.ambiguous_format",
        isTall
          ? "Row 3 has both tall columns (payer_name, plan_name) and wide payer/plan columns (standard_charge|[payer]|[plan]|…). Use one layout: tall or wide."
          : 'Row 3 has neither the tall layout\'s "payer_name" and "plan_name" columns nor the wide layout\'s "standard_charge|[payer_name]|[plan_name]|negotiated_dollar" style columns. Use one of the CMS template layouts.',
        3,
      ),
    );
    return { layout: null, format: null, errors, alerts: [] };
  }
  const format = isTall ? "csv_tall" : "csv_wide";

  // Canonical expected label → matched column index (-1 until found).
  const expected = expectedColumns(rules, codes, plans);
  const position = new Map<string, number>(expected.map((label) => [label, -1]));
  const seen = new Set<string>();
  names.forEach((column, index) => {
    const canonical = canonicalHeader(column);
    if (position.get(canonical) === -1) {
      position.set(canonical, index);
    } else if (seen.has(canonical)) {
      errors.push(
        csvIssue(
          "columns.duplicate",
          column === ""
            ? "Row 3 has more than one column with a blank header. Remove the empty columns (e.g. trailing commas on row 3) or give each a unique name."
            : `The column ${quote(column)} appears more than once in row 3. Each header must be unique; remove or rename the repeat.`,
          3,
          column === "" ? undefined : column,
        ),
      );
    }
    seen.add(canonical);
  });
  // Missing columns are named as the file spells the payer and plan.
  const display = (label: string) => {
    for (const [key, spelled] of planSpellings) {
      if (label.includes(`|${key}`)) return label.replace(`|${key}`, `|${spelled}`);
    }
    return label;
  };
  for (const [label, index] of position) {
    if (index < 0) errors.push(csvIssue("columns.missing", missingColumnMessage(label, display(label), format), 3, display(label)));
  }
  if (errors.length > 0) return { layout: null, format, errors, alerts: [] };

  const at = (label: string) => position.get(label) ?? -1;
  const payers: PayerColumns[] = isTall
    ? [
        {
          name: "",
          dollar: at("standard_charge|negotiated_dollar"),
          percentage: at("standard_charge|negotiated_percentage"),
          algorithm: at("standard_charge|negotiated_algorithm"),
          methodology: at("standard_charge|methodology"),
          notes: at("additional_generic_notes"),
          estimated: at("estimated_amount"),
          median: at("median_amount"),
          p10: at("10th_percentile"),
          p90: at("90th_percentile"),
          count: at("count"),
        },
      ]
    : plans.map((p) => ({
        name: planSpellings.get(p) ?? p,
        dollar: at(`standard_charge|${p}|negotiated_dollar`),
        percentage: at(`standard_charge|${p}|negotiated_percentage`),
        algorithm: at(`standard_charge|${p}|negotiated_algorithm`),
        methodology: at(`standard_charge|${p}|methodology`),
        notes: at(`additional_payer_notes|${p}`),
        estimated: at(`estimated_amount|${p}`),
        median: at(`median_amount|${p}`),
        p10: at(`10th_percentile|${p}`),
        p90: at(`90th_percentile|${p}`),
        count: at(`count|${p}`),
      }));
  const codeColumns: { code: number; type: number }[] = [];
  for (let i = 1; i <= codes; i++) codeColumns.push({ code: at(`code|${i}`), type: at(`code|${i}|type`) });

  const layout: CsvLayout = {
    format,
    names,
    description: at("description"),
    setting: at("setting"),
    gross: at("standard_charge|gross"),
    cash: at("standard_charge|discounted_cash"),
    min: at("standard_charge|min"),
    max: at("standard_charge|max"),
    genericNotes: at("additional_generic_notes"),
    modifiers: at("modifiers"),
    drugUnit: at("drug_unit_of_measurement"),
    drugType: at("drug_type_of_measurement"),
    payerName: at("payer_name"),
    planName: at("plan_name"),
    codes: codeColumns,
    payers,
  };

  const alerts: Issue[] = [];
  if (rules.v3) {
    // estimated_amount was dropped in v3.0; CMS flags the first such column (per payer/plan in wide files).
    const estimated = isTall ? ["estimated_amount"] : plans.map((p) => `estimated_amount|${p}`);
    // First column per canonical name, built once: a lookup per plan would be O(plans × columns).
    const firstIndex = new Map<string, number>();
    names.forEach((c, i) => {
      const canonical = canonicalHeader(c);
      if (!firstIndex.has(canonical)) firstIndex.set(canonical, i);
    });
    for (const label of estimated) {
      const index = firstIndex.get(label) ?? -1;
      if (index >= 0) {
        alerts.push(
          csvIssue(
            "alert.estimated_amount_deprecated",
            `The column ${quote(names[index]!)} is an estimated allowed amount, which is no longer a data element as of January 1, 2026. v3.0 replaces it with median_amount, 10th_percentile, 90th_percentile and count.`,
            3,
            names[index],
          ),
        );
      }
    }
  }
  return { layout, format, errors, alerts };
}
