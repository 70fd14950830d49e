// CMS v3.0.0 "tall" CSV: one row per item × setting × payer/plan.
//
// Column order follows the CMS tall template. In the tall layout there is one
// notes column, so payer-specific explanations (required for methodology
// "other" and for a count of "0") go into additional_generic_notes after the
// item's generic note.

import { codeCells, codeColumnHeaders, csvGeneralRows, joinNotes } from "./csv-header";
import { csvLine } from "./format";
import type { FileSink } from "./sink";
import type { MrfDocument, WriteStats } from "./types";

export async function writeTallCsv(doc: MrfDocument, sink: FileSink): Promise<WriteStats> {
  const columns = [
    "description",
    ...codeColumnHeaders(doc.codeColumns),
    "modifiers",
    "setting",
    "drug_unit_of_measurement",
    "drug_type_of_measurement",
    "standard_charge|gross",
    "standard_charge|discounted_cash",
    "payer_name",
    "plan_name",
    "standard_charge|negotiated_dollar",
    "standard_charge|negotiated_percentage",
    "standard_charge|negotiated_algorithm",
    "median_amount",
    "10th_percentile",
    "90th_percentile",
    "count",
    "standard_charge|methodology",
    "standard_charge|min",
    "standard_charge|max",
    "additional_generic_notes",
    // Optional; CMS recommends it on row 3 when used.
    "billing_class",
  ];
  await sink.write(csvGeneralRows(doc.header, columns.length));
  await sink.write(csvLine(columns));

  let rows = 0;
  for (const item of doc.items) {
    const codes = codeCells(item.codes, doc.codeColumns);
    for (const charge of item.charges) {
      // Cells shared by every payer row of this item/setting.
      const lead = [
        item.description,
        ...codes,
        "",
        charge.setting,
        item.drug?.unit,
        item.drug?.type,
        charge.gross,
        charge.cash,
      ];
      if (charge.rates.length === 0) {
        await sink.write(
          csvLine([...lead, "", "", undefined, undefined, "", undefined, undefined, undefined, "", "", charge.min, charge.max, charge.genericNotes, charge.billingClass]),
        );
        rows++;
        continue;
      }
      for (const r of charge.rates) {
        await sink.write(
          csvLine([
            ...lead,
            r.payerName,
            r.planName,
            r.dollar,
            r.percentage,
            r.algorithm,
            r.median,
            r.p10,
            r.p90,
            r.count,
            r.methodology,
            charge.min,
            charge.max,
            joinNotes(charge.genericNotes, r.notes),
            charge.billingClass,
          ]),
        );
        rows++;
      }
    }
  }

  // Modifier-only rows: no code, the modifier in "modifiers", and the payer's
  // adjustment as a percentage with an explanation (CMS v3 rule 11).
  for (const m of doc.modifiers) {
    const blanksForItem = Array<string>(doc.codeColumns * 2).fill("");
    for (const p of m.payers) {
      await sink.write(
        csvLine([
          m.description,
          ...blanksForItem,
          m.code,
          m.setting,
          "",
          "",
          "",
          "",
          p.payerName,
          p.planName,
          "",
          p.percentage,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          p.description,
          "",
        ]),
      );
      rows++;
    }
  }
  return { rows, records: rows };
}
