// ChargeRecords from tall CSV rows, where each payer row repeats its item's cells.
import { describe, expect, it } from "vitest";
import { readMrfFile, type ChargeRecord } from "../../../lib/mrf";
import { TALL_ROW, csvText, tempFile } from "./validate/builders";

async function records(rows: Record<string, string>[]): Promise<ChargeRecord[]> {
  const path = await tempFile("tall.csv", csvText({ rows }));
  const out: ChargeRecord[] = [];
  for await (const event of readMrfFile(path, { mode: "lenient" })) if (event.type === "record") out.push(event.record);
  return out;
}

describe("tall CSV records", () => {
  it("gives each payer row its item's values, and a changed item cell its new value", async () => {
    const [first, second, third, fourth] = await records([
      TALL_ROW,
      { ...TALL_ROW, payer_name: "Blue Bay", plan_name: "HMO", "standard_charge|negotiated_dollar": "1907.17" },
      { ...TALL_ROW, setting: "Inpatient", "standard_charge|gross": "5000", payer_name: "Blue Bay", plan_name: "HMO" },
      // No payer: a gross charge only, under another code.
      { ...TALL_ROW, description: "  MRI of the brain  ", "code|1": "70553", "standard_charge|negotiated_dollar": "", payer_name: "", plan_name: "", "standard_charge|methodology": "" },
    ]);
    const item = { description: "MRI of the brain", codes: [{ code: "70551", type: "CPT" }], setting: "outpatient", gross: "4004.15", discountedCash: "2187.61", minimum: "1255.04", maximum: "1907.17" };
    expect(first).toMatchObject({ row: 4, ...item, payers: [{ payerName: "Acme Health", planName: "PPO", negotiatedDollar: "1500.59", methodology: "fee schedule" }] });
    expect(second).toMatchObject({ row: 5, ...item, payers: [{ payerName: "Blue Bay", planName: "HMO", negotiatedDollar: "1907.17" }] });
    expect(third).toMatchObject({ row: 6, ...item, setting: "inpatient", gross: "5000", payers: [{ payerName: "Blue Bay" }] });
    expect(fourth).toMatchObject({ row: 7, ...item, codes: [{ code: "70553", type: "CPT" }], payers: [] });
  });
});
