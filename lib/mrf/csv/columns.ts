// Row 3 of a CMS CSV: which column holds which data element, for tall and wide layouts.
import { MrfError, type ChargeRecord, type ItemCodeInfo, type MrfFormat, type PayerCharge } from "../types";
import { MAX_PERCENTAGE, decimal, text } from "../values";
import { normalizeHeader } from "./headers";

type PayerField = Exclude<keyof PayerCharge, "payerName" | "planName">;

interface WidePayerColumns {
  payerName: string;
  planName: string | null;
  fields: Partial<Record<PayerField, number>>;
}

export interface ColumnLayout {
  format: Extract<MrfFormat, "csv_tall" | "csv_wide">;
  names: string[]; // normalized, by index
  codes: { index: number; code: number; type: number }[];
  single: Map<string, number>;
  widePayers: WidePayerColumns[];
}

// Wide header suffix → payer field. `standard_charge|payer|plan|<suffix>`.
const WIDE_CHARGE_FIELDS: Record<string, PayerField> = {
  negotiated_dollar: "negotiatedDollar",
  negotiated_percentage: "negotiatedPercentage",
  negotiated_algorithm: "negotiatedAlgorithm",
  methodology: "methodology",
};
// Wide header prefix → payer field. `<prefix>|payer|plan`.
const WIDE_PREFIX_FIELDS: Record<string, PayerField> = {
  median_amount: "medianAmount",
  "10th_percentile": "percentile10",
  "90th_percentile": "percentile90",
  count: "allowedCount",
  additional_payer_notes: "payerNotes",
};
const ITEM_CHARGE_SUFFIXES = new Set(["gross", "discounted_cash", "min", "max"]);

export function readColumnLayout(rawNames: string[], file?: string): ColumnLayout {
  const names = rawNames.map(normalizeHeader);
  const single = new Map<string, number>();
  const codeParts = new Map<number, { code?: number; type?: number }>();
  const payers = new Map<string, WidePayerColumns>();

  rawNames.forEach((raw, index) => {
    const name = names[index]!;
    if (name === "") return;
    const code = /^code\|(\d+)(\|type)?$/.exec(name);
    if (code) {
      const n = Number(code[1]);
      const entry = codeParts.get(n) ?? {};
      if (code[2]) entry.type = index;
      else entry.code = index;
      codeParts.set(n, entry);
      return;
    }
    // Payer and plan names keep their case: split the raw header, not the normalized one.
    const parts = raw.split("|").map((p) => p.trim());
    const head = parts[0]?.toLowerCase();
    if (head === "standard_charge" && parts.length === 4) {
      const field = WIDE_CHARGE_FIELDS[parts[3]!.toLowerCase()];
      if (field) return addWide(payers, parts[1]!, parts[2]!, field, index);
    }
    if (head === "standard_charge" && parts.length === 3) {
      // Wide files may omit the plan: standard_charge|payer|negotiated_dollar.
      const field = WIDE_CHARGE_FIELDS[parts[2]!.toLowerCase()];
      if (field && !ITEM_CHARGE_SUFFIXES.has(parts[1]!.toLowerCase())) {
        return addWide(payers, parts[1]!, "", field, index);
      }
    }
    if (head && head in WIDE_PREFIX_FIELDS && parts.length >= 2) {
      return addWide(payers, parts[1]!, parts[2] ?? "", WIDE_PREFIX_FIELDS[head]!, index);
    }
    if (!single.has(name)) single.set(name, index);
  });

  const codes = [...codeParts.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, c]) => c.code !== undefined)
    .map(([n, c]) => ({ index: n, code: c.code!, type: c.type ?? -1 }));

  if (!single.has("description")) {
    throw new MrfError(`row 3 has no "description" column; is this a CMS template file?`, { file, row: 3, column: "description" });
  }
  if (!single.has("setting")) {
    throw new MrfError(`row 3 has no "setting" column`, { file, row: 3, column: "setting" });
  }
  const isTall = single.has("payer_name");
  if (!isTall && payers.size === 0 && !single.has("standard_charge|gross") && !single.has("standard_charge|discounted_cash")) {
    throw new MrfError(`row 3 has neither payer_name (tall) nor standard_charge|[payer]|[plan] columns (wide), nor gross/cash charges`, { file, row: 3 });
  }
  return {
    format: isTall ? "csv_tall" : "csv_wide",
    names,
    codes,
    single,
    widePayers: [...payers.values()],
  };
}

function addWide(
  payers: Map<string, WidePayerColumns>,
  payerName: string,
  planName: string,
  field: PayerField,
  index: number,
) {
  const key = `${payerName}\u0000${planName}`.toLowerCase();
  const entry = payers.get(key) ?? { payerName, planName: planName || null, fields: {} };
  entry.fields[field] = index;
  payers.set(key, entry);
}

// Column indexes resolved once per file (-1 when absent), so the per-row code
// does no name lookups and creates no closures: it runs for every row of
// files with millions of them.
interface SingleColumns {
  description: number;
  setting: number;
  modifiers: number;
  drugUnit: number;
  drugType: number;
  gross: number;
  cash: number;
  min: number;
  max: number;
  notes: number;
  billingClass: number;
  payer: number;
  plan: number;
  dollar: number;
  percentage: number;
  algorithm: number;
  methodology: number;
  median: number;
  p10: number;
  p90: number;
  count: number;
  payerNotes: number;
}

const SINGLE_NAMES: Record<keyof SingleColumns, string> = {
  description: "description",
  setting: "setting",
  modifiers: "modifiers",
  drugUnit: "drug_unit_of_measurement",
  drugType: "drug_type_of_measurement",
  gross: "standard_charge|gross",
  cash: "standard_charge|discounted_cash",
  min: "standard_charge|min",
  max: "standard_charge|max",
  notes: "additional_generic_notes",
  billingClass: "billing_class",
  payer: "payer_name",
  plan: "plan_name",
  dollar: "standard_charge|negotiated_dollar",
  percentage: "standard_charge|negotiated_percentage",
  algorithm: "standard_charge|negotiated_algorithm",
  methodology: "standard_charge|methodology",
  median: "median_amount",
  p10: "10th_percentile",
  p90: "90th_percentile",
  count: "count",
  payerNotes: "additional_payer_notes",
};

const resolved = new WeakMap<ColumnLayout, SingleColumns>();

function singleColumns(layout: ColumnLayout): SingleColumns {
  let cols = resolved.get(layout);
  if (!cols) {
    cols = {} as SingleColumns;
    for (const key of Object.keys(SINGLE_NAMES) as (keyof SingleColumns)[]) {
      cols[key] = layout.single.get(SINGLE_NAMES[key]) ?? -1;
    }
    resolved.set(layout, cols);
  }
  return cols;
}

/**
 * The codes of a row. Consecutive rows of a tall file repeat their item's code
 * cells; when they are the same as the previous row's, its (immutable) array is
 * returned again rather than rebuilt for every payer row.
 */
const lastCodes = new WeakMap<ColumnLayout, { cells: string[]; codes: ItemCodeInfo[] }>();

function rowCodes(layout: ColumnLayout, cells: string[], row: number): ItemCodeInfo[] {
  const last = lastCodes.get(layout);
  if (last !== undefined) {
    let same = true;
    for (let k = 0, j = 0; k < layout.codes.length; k++, j += 2) {
      const col = layout.codes[k]!;
      if (cells[col.code] !== last.cells[j] || (col.type >= 0 && cells[col.type] !== last.cells[j + 1])) {
        same = false;
        break;
      }
    }
    if (same) return last.codes;
  }
  const codes: ItemCodeInfo[] = [];
  const seen: string[] = [];
  for (const col of layout.codes) {
    const codeCell = cells[col.code];
    const typeCell = col.type < 0 ? undefined : cells[col.type];
    seen.push(codeCell ?? "", typeCell ?? "");
    const code = text(codeCell);
    if (code === null) continue;
    const type = text(typeCell);
    if (type === null) throw new MrfError(`code "${code}" has no code type`, { row, column: `code|${col.index}|type` });
    codes.push({ code, type: type.toUpperCase() });
  }
  lastCodes.set(layout, { cells: seen, codes });
  return codes;
}

function cellText(cells: string[], i: number): string | null {
  return i < 0 ? null : text(cells[i]);
}

function cellNumber(cells: string[], i: number, row: number, layout: ColumnLayout, max?: number): string | null {
  return i < 0 ? null : decimal(cells[i], { row, column: layout.names[i] }, max);
}

function widePayerCharge(cells: string[], p: WidePayerColumns, row: number, layout: ColumnLayout): PayerCharge | null {
  const f = p.fields;
  const num = (i: number | undefined) => (i === undefined ? null : cellNumber(cells, i, row, layout));
  const str = (i: number | undefined) => (i === undefined ? null : cellText(cells, i));
  const charge: PayerCharge = {
    payerName: p.payerName,
    planName: p.planName,
    negotiatedDollar: num(f.negotiatedDollar),
    negotiatedPercentage: f.negotiatedPercentage === undefined ? null : cellNumber(cells, f.negotiatedPercentage, row, layout, MAX_PERCENTAGE),
    negotiatedAlgorithm: str(f.negotiatedAlgorithm),
    methodology: str(f.methodology)?.toLowerCase() ?? null,
    medianAmount: num(f.medianAmount),
    percentile10: num(f.percentile10),
    percentile90: num(f.percentile90),
    allowedCount: str(f.allowedCount),
    payerNotes: str(f.payerNotes),
  };
  // A wide row lists every payer's columns; only payers with a charge apply to this item.
  return charge.negotiatedDollar || charge.negotiatedPercentage || charge.negotiatedAlgorithm || charge.medianAmount
    ? charge
    : null;
}

/** Turns one data row into a ChargeRecord according to the layout. */
export function toChargeRecord(layout: ColumnLayout, cells: string[], row: number): ChargeRecord {
  const c = singleColumns(layout);
  const description = cellText(cells, c.description);
  if (description === null) throw new MrfError("description is blank", { row, column: "description" });
  const setting = cellText(cells, c.setting)?.toLowerCase() ?? null;
  if (setting === null) throw new MrfError("setting is blank", { row, column: "setting" });

  const codes = rowCodes(layout, cells, row);

  const payers: PayerCharge[] = [];
  if (layout.format === "csv_tall") {
    const payerName = cellText(cells, c.payer);
    if (payerName !== null) {
      payers.push({
        payerName,
        planName: cellText(cells, c.plan),
        negotiatedDollar: cellNumber(cells, c.dollar, row, layout),
        negotiatedPercentage: cellNumber(cells, c.percentage, row, layout, MAX_PERCENTAGE),
        negotiatedAlgorithm: cellText(cells, c.algorithm),
        methodology: cellText(cells, c.methodology)?.toLowerCase() ?? null,
        medianAmount: cellNumber(cells, c.median, row, layout),
        percentile10: cellNumber(cells, c.p10, row, layout),
        percentile90: cellNumber(cells, c.p90, row, layout),
        allowedCount: cellText(cells, c.count),
        payerNotes: cellText(cells, c.payerNotes),
      });
    }
  } else {
    for (const p of layout.widePayers) {
      const charge = widePayerCharge(cells, p, row, layout);
      if (charge) payers.push(charge);
    }
  }

  return {
    row,
    description,
    codes,
    setting,
    modifiers: cellText(cells, c.modifiers),
    drugUnit: cellNumber(cells, c.drugUnit, row, layout),
    drugUnitType: cellText(cells, c.drugType)?.toUpperCase() ?? null,
    gross: cellNumber(cells, c.gross, row, layout),
    discountedCash: cellNumber(cells, c.cash, row, layout),
    minimum: cellNumber(cells, c.min, row, layout),
    maximum: cellNumber(cells, c.max, row, layout),
    genericNotes: cellText(cells, c.notes),
    billingClass: cellText(cells, c.billingClass),
    payers,
  };
}
