// The public compliance summary, from files loaded through the real ingestion path.
import { beforeEach, describe, expect, it } from "vitest";
import { findingsOf, getComplianceSummary, isOutOfDate, ruleTitle } from "@/lib/compliance/summary";
import { ingestFile } from "@/lib/ingest";
import { resetDatabase, testDatabaseUrl } from "../../support/db";
import { tallCsv, writeFixture } from "../../support/mrf-fixtures";

const row = (description: string, gross: string) =>
  [description, "71046", "CPT", "", "", "outpatient", "", "", gross, "150", "", "", "", "", "", "", "", "", "", "", "", "", "", ""];

async function load(csv: string) {
  const summary = await ingestFile(writeFixture("prices.csv", csv), { databaseUrl: testDatabaseUrl() });
  expect(summary.status).toBe("succeeded");
  return summary.mrfFileId!;
}

beforeEach(resetDatabase);

describe("getComplianceSummary", () => {
  it("reports a clean file as clean, with its attestation", async () => {
    const summary = await getComplianceSummary(await load(tallCsv()));
    expect(summary).toMatchObject({ cmsVersion: "3.0.0", errorCount: 0, alertCount: 0, rowsSetAside: 0, rowsLoaded: 4, findings: [] });
    expect(summary).toMatchObject({ attestation: true, attesterName: "Pat Tester" });
    expect(Date.parse(summary!.checkedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("counts errors and alerts per rule, errors first, with where each was first found", async () => {
    const nineNines = ["Hip replacement", "470", "MS-DRG", "", "", "inpatient", "", "", "48000", "30000", "Lone Star Health", "PPO", "", "", "62", "", "999999999", "15000", "27000", "1 through 10", "", "", "percent of total billed charges", ""];
    const csv = tallCsv({}, [row("Chest x-ray", "$310"), row("Chest x-ray, two views", "31O"), nineNines]);
    const summary = await getComplianceSummary(await load(csv));
    expect(summary).toMatchObject({ errorCount: 2, alertCount: 1, rowsSetAside: 2 });
    expect(summary!.findings).toEqual([
      { rule: "amount.invalid", kind: "error", count: 2, first: { row: 8, column: "standard_charge|gross" } },
      { rule: "alert.nine_nines", kind: "alert", count: 1, first: { row: 10, column: "median_amount" } },
    ]);
  });

  it("is null for a file no run loaded", async () => {
    expect(await getComplianceSummary(987654)).toBeNull();
  });
});

describe("findingsOf", () => {
  it("counts the listed alerts of runs recorded before alert counts were kept", () => {
    const findings = findingsOf({
      errorCounts: { "setting.invalid": 3 },
      errors: [{ rule: "setting.invalid", path: "$.standard_charge_information[2].standard_charges[0].setting" }],
      alerts: [{ rule: "alert.nine_nines", row: 5 }, { rule: "alert.nine_nines", row: 9 }],
    });
    expect(findings).toEqual([
      { rule: "setting.invalid", kind: "error", count: 3, first: { path: "$.standard_charge_information[2].standard_charges[0].setting" } },
      { rule: "alert.nine_nines", kind: "alert", count: 2, first: { row: 5 } },
    ]);
    expect(findingsOf(null)).toEqual([]);
  });
});

describe("rule titles and freshness", () => {
  it("names rules in English and Spanish, and falls back to the id for an unknown rule", () => {
    expect(ruleTitle("amount.invalid", "en")).toBe("Charges and amounts must be positive numbers, without $ or commas");
    expect(ruleTitle("amount.invalid", "es")).toBe("Los cargos y los montos deben ser números positivos, sin $ ni comas");
    expect(ruleTitle("made.up", "es")).toBe("made.up");
  });

  it("calls a file out of date more than a year after its last update", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(isOutOfDate("2025-12-02", now)).toBe(false);
    expect(isOutOfDate("2025-11-30", now)).toBe(true);
    expect(isOutOfDate("not a date", now)).toBe(false);
  });
});
