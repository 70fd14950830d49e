// CMS v3.0.0 "wide" CSV: one row per item × setting, with a block of nine
// columns per payer/plan (`standard_charge|[payer]|[plan]|negotiated_dollar`,
// ..., `additional_payer_notes|[payer]|[plan]`). CMS requires all nine headers
// for every payer/plan that appears, even when a cell is always empty.

import { codeCells, codeColumnHeaders, csvGeneralRows } from "./csv-header";
import { csvLine } from "./format";
import type { FileSink } from "./sink";
import type { MrfDocument, PayerPlan, PayerRate, WriteStats } from "./types";

const planKey = (p: PayerPlan) => `${p.payerName}\u0000${p.planName}`;

function assertHeaderSafe(p: PayerPlan): void {
  // A pipe inside a payer or plan name would split the wide header differently.
  if (p.payerName.includes("|") || p.planName.includes("|")) {
    throw new Error(`payer/plan name contains "|": ${p.payerName} / ${p.planName}`);
  }
}

export async function writeWideCsv(doc: MrfDocument, sink: FileSink): Promise<WriteStats> {
  doc.plans.forEach(assertHeaderSafe);
  const planColumns = doc.plans.flatMap(({ payerName: payer, planName: plan }) => [
    `standard_charge|${payer}|${plan}|negotiated_dollar`,
    `standard_charge|${payer}|${plan}|negotiated_percentage`,
    `standard_charge|${payer}|${plan}|negotiated_algorithm`,
    `median_amount|${payer}|${plan}`,
    `10th_percentile|${payer}|${plan}`,
    `90th_percentile|${payer}|${plan}`,
    `count|${payer}|${plan}`,
    `standard_charge|${payer}|${plan}|methodology`,
    `additional_payer_notes|${payer}|${plan}`,
  ]);
  const columns = [
    "description",
    ...codeColumnHeaders(doc.codeColumns),
    "modifiers",
    "setting",
    "drug_unit_of_measurement",
    "drug_type_of_measurement",
    "standard_charge|gross",
    "standard_charge|discounted_cash",
    ...planColumns,
    "standard_charge|min",
    "standard_charge|max",
    "additional_generic_notes",
    "billing_class",
  ];
  await sink.write(csvGeneralRows(doc.header, columns.length));
  await sink.write(csvLine(columns));

  const emptyBlock = Array<string>(9).fill("");
  let rows = 0;
  let records = 0;
  for (const item of doc.items) {
    const codes = codeCells(item.codes, doc.codeColumns);
    for (const charge of item.charges) {
      const byPlan = new Map<string, PayerRate>(charge.rates.map((r) => [planKey(r), r]));
      const blocks = doc.plans.flatMap((plan) => {
        const r = byPlan.get(planKey(plan));
        if (!r) return emptyBlock;
        return [r.dollar, r.percentage, r.algorithm, r.median, r.p10, r.p90, r.count, r.methodology, r.notes];
      });
      await sink.write(
        csvLine([
          item.description,
          ...codes,
          "",
          charge.setting,
          item.drug?.unit,
          item.drug?.type,
          charge.gross,
          charge.cash,
          ...blocks,
          charge.min,
          charge.max,
          charge.genericNotes,
          charge.billingClass,
        ]),
      );
      // Rows are counted in tall terms so every format reports the same number.
      rows += Math.max(1, charge.rates.length);
      records++;
    }
  }

  // One modifier-only row per modifier; each payer's adjustment in its own block.
  for (const m of doc.modifiers) {
    const byPlan = new Map(m.payers.map((p) => [planKey(p), p]));
    const blocks = doc.plans.flatMap((plan) => {
      const p = byPlan.get(planKey(plan));
      return p ? ["", p.percentage, "", "", "", "", "", "", p.description] : emptyBlock;
    });
    await sink.write(
      csvLine([m.description, ...Array<string>(doc.codeColumns * 2).fill(""), m.code, m.setting, "", "", "", "", ...blocks, "", "", "", ""]),
    );
    rows += m.payers.length;
    records++;
  }
  return { rows, records };
}
