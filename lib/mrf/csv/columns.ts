// Row 3 of a CMS CSV: which column holds which data element, for tall and wide layouts.
import { MrfError, type ChargeRecord, type MrfFormat, type PayerCharge } from "../types";
import { decimal, text } from "../values";
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

const MONEY_FIELDS: PayerField[] = ["negotiatedDollar", "medianAmount", "percentile10", "percentile90"];

/** Turns one data row into a ChargeRecord according to the layout. */
export function toChargeRecord(layout: ColumnLayout, cells: string[], row: number): ChargeRecord {
  const get = (name: string) => {
    const i = layout.single.get(name);
    return i === undefined ? undefined : cells[i];
  };
  const num = (name: string) => decimal(get(name), { row, column: name });
  const description = text(get("description"));
  if (description === null) {
    throw new MrfError("description is blank", { row, column: "description" });
  }
  const setting = text(get("setting"))?.toLowerCase() ?? null;
  if (setting === null) throw new MrfError("setting is blank", { row, column: "setting" });

  const codes = layout.codes
    .map((c) => ({ code: text(cells[c.code]), type: text(cells[c.type])?.toUpperCase() ?? null, n: c.index }))
    .filter((c) => c.code !== null)
    .map((c) => {
      if (c.type === null) {
        throw new MrfError(`code "${c.code}" has no code type`, { row, column: `code|${c.n}|type` });
      }
      return { code: c.code!, type: c.type };
    });

  const payers: PayerCharge[] = [];
  if (layout.format === "csv_tall") {
    const payerName = text(get("payer_name"));
    if (payerName !== null) {
      payers.push({
        payerName,
        planName: text(get("plan_name")),
        negotiatedDollar: num("standard_charge|negotiated_dollar"),
        negotiatedPercentage: num("standard_charge|negotiated_percentage"),
        negotiatedAlgorithm: text(get("standard_charge|negotiated_algorithm")),
        methodology: text(get("standard_charge|methodology"))?.toLowerCase() ?? null,
        medianAmount: num("median_amount"),
        percentile10: num("10th_percentile"),
        percentile90: num("90th_percentile"),
        allowedCount: text(get("count")),
        payerNotes: text(get("additional_payer_notes")),
      });
    }
  } else {
    for (const p of layout.widePayers) {
      const value = (field: PayerField) => {
        const i = p.fields[field];
        if (i === undefined) return null;
        if (MONEY_FIELDS.includes(field) || field === "negotiatedPercentage") {
          return decimal(cells[i], { row, column: layout.names[i]! });
        }
        return text(cells[i]);
      };
      const charge: PayerCharge = {
        payerName: p.payerName,
        planName: p.planName,
        negotiatedDollar: value("negotiatedDollar"),
        negotiatedPercentage: value("negotiatedPercentage"),
        negotiatedAlgorithm: value("negotiatedAlgorithm"),
        methodology: value("methodology")?.toLowerCase() ?? null,
        medianAmount: value("medianAmount"),
        percentile10: value("percentile10"),
        percentile90: value("percentile90"),
        allowedCount: value("allowedCount"),
        payerNotes: value("payerNotes"),
      };
      // A wide row lists every payer's columns; only payers with a charge apply to this item.
      if (charge.negotiatedDollar || charge.negotiatedPercentage || charge.negotiatedAlgorithm || charge.medianAmount) {
        payers.push(charge);
      }
    }
  }

  return {
    row,
    description,
    codes,
    setting,
    modifiers: text(get("modifiers")),
    drugUnit: num("drug_unit_of_measurement"),
    drugUnitType: text(get("drug_type_of_measurement"))?.toUpperCase() ?? null,
    gross: num("standard_charge|gross"),
    discountedCash: num("standard_charge|discounted_cash"),
    minimum: num("standard_charge|min"),
    maximum: num("standard_charge|max"),
    genericNotes: text(get("additional_generic_notes")),
    billingClass: text(get("billing_class")),
    payers,
  };
}
