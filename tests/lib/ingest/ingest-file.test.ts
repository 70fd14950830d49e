import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "../../../lib/ingest";
import { ITEM_CODES, TALL_ROWS, resetDatabase, testDatabaseUrl, withClient } from "../../support/db";
import { jsonMrf, tallCsv, wideCsv, writeFixture } from "../../support/mrf-fixtures";

const ingest = (file: string, demo = false) => ingestFile(file, { databaseUrl: testDatabaseUrl(), demo });

async function counts() {
  return withClient(async (c) => {
    const { rows } = await c.query(`SELECT
      (SELECT count(*)::int FROM hospitals) AS hospitals,
      (SELECT count(*)::int FROM mrf_files) AS files,
      (SELECT count(*)::int FROM items) AS items,
      (SELECT count(*)::int FROM (${ITEM_CODES}) ic) AS codes,
      (SELECT count(*)::int FROM (${TALL_ROWS}) t) AS charges`);
    return rows[0] as { hospitals: number; files: number; items: number; codes: number; charges: number };
  });
}

beforeEach(resetDatabase);

describe("ingestFile", () => {
  it("loads a tall CSV: hospital, locations, items, codes and every payer row", async () => {
    const summary = await ingest(writeFixture("tall.csv", tallCsv()), true);
    expect(summary).toMatchObject({ status: "succeeded", rows: 4, items: 3, format: "csv_tall", version: "3.0.0" });
    expect(summary.hospital?.slug).toBe("test-fixture-hospital-tx");

    await withClient(async (c) => {
      const h = await c.query(`SELECT name, is_demo, license_number, license_state, type_2_npis FROM hospitals`);
      expect(h.rows).toEqual([{ name: "Test Fixture Hospital", is_demo: true, license_number: "TX-1234", license_state: "TX", type_2_npis: ["1234567893", "1234567901"] }]);
      const loc = await c.query(`SELECT name, city, state, postal_code FROM hospital_locations ORDER BY position`);
      expect(loc.rows).toEqual([
        { name: "Test Fixture Hospital", city: "Austin", state: "TX", postal_code: "78701" },
        { name: "Test Fixture Clinic", city: "Round Rock", state: "TX", postal_code: "78664" },
      ]);
      const mri = await c.query(`
        SELECT sc.payer_name, sc.plan_name, sc.negotiated_dollar::text, sc.gross::text, sc.discounted_cash::text, sc.minimum::text, sc.maximum::text, sc.methodology
          FROM (${TALL_ROWS}) sc JOIN (${ITEM_CODES}) ic ON ic.item_id = sc.item_id AND ic.hospital_id = sc.hospital_id
         WHERE ic.code = '70551' ORDER BY sc.payer_name`);
      expect(mri.rows).toEqual([
        { payer_name: "Bluebonnet Care", plan_name: "HMO Gold", negotiated_dollar: "610.00", gross: "2400.00", discounted_cash: "980.00", minimum: "610.00", maximum: "850.50", methodology: "fee schedule" },
        { payer_name: "Lone Star Health", plan_name: "PPO", negotiated_dollar: "850.50", gross: "2400.00", discounted_cash: "980.00", minimum: "610.00", maximum: "850.50", methodology: "fee schedule" },
      ]);
      const codes = await c.query(`SELECT code, code_type FROM (${ITEM_CODES}) ic ORDER BY item_id, position`);
      expect(codes.rows.map((r) => `${r.code_type}:${r.code}`)).toEqual(["CPT:70551", "RC:0611", "MS-DRG:470", "NDC:0409-4755-03"]);
      const drg = await c.query(`SELECT negotiated_percentage::text, median_amount::text, percentile_10::text, percentile_90::text, allowed_count, generic_notes FROM (${TALL_ROWS}) sc WHERE negotiated_percentage IS NOT NULL`);
      expect(drg.rows).toEqual([{ negotiated_percentage: "62.0000", median_amount: "21000.00", percentile_10: "15000.00", percentile_90: "27000.00", allowed_count: "1 through 10", generic_notes: "Pays, in part, a share of billed charges" }]);
      const drug = await c.query(`SELECT drug_unit::text, drug_unit_type, payer_name FROM (${TALL_ROWS}) sc WHERE drug_unit IS NOT NULL`);
      expect(drug.rows).toEqual([{ drug_unit: "1.0000", drug_unit_type: "ML", payer_name: null }]);
      const file = await c.query(`SELECT status, row_count, item_count, format, cms_version, attestation, attester_name, last_updated_on::text FROM mrf_files`);
      expect(file.rows).toEqual([{ status: "succeeded", row_count: 4, item_count: 3, format: "csv_tall", cms_version: "3.0.0", attestation: true, attester_name: "Pat Tester", last_updated_on: "2026-09-01" }]);
    });
  });

  it("keeps a tall file's payer rows of one item and setting as one standard charge, notes where they belong", async () => {
    const row = (payer: string, dollar: string, note: string) =>
      ["Knee x-ray, three views", "73562", "CPT", "", "", "outpatient", "", "", "300", "120", payer, "Choice", "", dollar, "", "", "", "", "", "", "90", "200", "fee schedule", note];
    const extra = [
      row("Alpha Health", "90", "Technical component only"),
      row("Beta Health", "150", "Technical component only"),
      row("Gamma Health", "200", "Technical component only; capped at the Medicare rate"),
      // Same item, another setting: a second standard charge.
      ["Knee x-ray, three views", "73562", "CPT", "", "", "inpatient", "", "", "350", "", "Alpha Health", "Choice", "", "110", "", "", "", "", "", "", "110", "110", "fee schedule", ""],
    ];
    const summary = await ingest(writeFixture("notes.csv", tallCsv({}, extra)));
    expect(summary).toMatchObject({ status: "succeeded", rows: 8, items: 4 });
    await withClient(async (c) => {
      const charges = await c.query(`
        SELECT sc.setting, sc.gross::text, sc.generic_notes, cardinality(sc.plan_nos) AS payers, sc.payer_notes
          FROM standard_charges sc JOIN (${ITEM_CODES}) ic ON ic.hospital_id = sc.hospital_id AND ic.item_id = sc.item_id
         WHERE ic.code = '73562' ORDER BY sc.id`);
      expect(charges.rows).toEqual([
        {
          setting: "outpatient", gross: "300.00", generic_notes: "Technical component only", payers: 3,
          payer_notes: [null, null, "Technical component only; capped at the Medicare rate"],
        },
        { setting: "inpatient", gross: "350.00", generic_notes: null, payers: 1, payer_notes: null },
      ]);
      // Payers and plans are named once per file, however many rows name them.
      const plans = await c.query(`SELECT payer_name, plan_name FROM payer_plans ORDER BY plan_no`);
      expect(plans.rows.map((p) => `${p.payer_name}/${p.plan_name}`)).toEqual([
        "Lone Star Health/PPO", "Bluebonnet Care/HMO Gold", "Alpha Health/Choice", "Beta Health/Choice", "Gamma Health/Choice",
      ]);
    });
  });

  it("keeps quotes, backslashes, tabs, braces and line breaks in payer charge notes exactly", async () => {
    const tricky = 'Pays "110%" of C:\\fee\\schedule;\tsee\nnotes, {braces}, NULL';
    const row = (payer: string, note: string) =>
      ["Knee x-ray, three views", "73562", "CPT", "", "", "outpatient", "", "", "300", "120", payer, "Choice", "", "90", "", "", "", "", "", "", "90", "200", "fee schedule", note];
    const summary = await ingest(writeFixture("tricky.csv", tallCsv({}, [row("Alpha Health", ""), row("Beta Health", tricky)])));
    expect(summary).toMatchObject({ status: "succeeded", quarantined: 0 });
    const { rows } = await withClient((c) =>
      c.query(`SELECT payer_notes FROM standard_charges WHERE payer_notes IS NOT NULL`),
    );
    expect(rows).toEqual([{ payer_notes: [null, tricky] }]);
  });

  it("reads a wide CSV's payer/plan columns into the same rows as tall", async () => {
    const summary = await ingest(writeFixture("wide.csv", wideCsv()));
    expect(summary).toMatchObject({ status: "succeeded", format: "csv_wide", rows: 3, items: 2 });
    const rows = await withClient((c) =>
      c.query(`SELECT payer_name, plan_name, negotiated_dollar::text, negotiated_percentage::text, methodology FROM (${TALL_ROWS}) sc ORDER BY id`),
    );
    expect(rows.rows).toEqual([
      { payer_name: "Lone Star Health", plan_name: "PPO", negotiated_dollar: "850.50", negotiated_percentage: null, methodology: "fee schedule" },
      { payer_name: "Bluebonnet Care", plan_name: "HMO Gold", negotiated_dollar: "610.00", negotiated_percentage: null, methodology: "fee schedule" },
      { payer_name: "Lone Star Health", plan_name: "PPO", negotiated_dollar: null, negotiated_percentage: "62.0000", methodology: "percent of total billed charges" },
    ]);
  });

  it.each([false, true])("loads JSON, streamed item by item (header last: %s)", async (headerLast) => {
    const summary = await ingest(writeFixture("prices.json", jsonMrf({ headerLast })));
    expect(summary).toMatchObject({ status: "succeeded", format: "json", rows: 3, items: 2, version: "3.0.0" });
    const rows = await withClient((c) =>
      c.query(`SELECT i.description, sc.payer_name, sc.negotiated_dollar::text, sc.drug_unit_type
                 FROM (${TALL_ROWS}) sc JOIN items i ON i.id = sc.item_id ORDER BY sc.id`),
    );
    expect(rows.rows).toEqual([
      { description: "Brain MRI, no contrast", payer_name: "Lone Star Health", negotiated_dollar: "850.50", drug_unit_type: null },
      { description: "Brain MRI, no contrast", payer_name: "Bluebonnet Care", negotiated_dollar: "610.00", drug_unit_type: null },
      { description: "Ondansetron injection, per 1 mg", payer_name: null, negotiated_dollar: null, drug_unit_type: "ML" },
    ]);
  });

  it("explains truncated JSON and keeps nothing", async () => {
    const text = jsonMrf();
    const summary = await ingest(writeFixture("cut.json", text.slice(0, Math.floor(text.length * 0.7))));
    expect(summary.status).toBe("failed");
    expect(summary.message).toMatch(/^cut\.json: not valid JSON/);
    expect((await counts()).charges).toBe(0);
  });

  it.each([
    ["tall.csv", () => tallCsv()],
    ["prices.json", () => jsonMrf()],
    ["header-last.json", () => jsonMrf({ headerLast: true })],
    ["trailing.json", () => `${jsonMrf()}\n  trailing text`],
  ])("records the SHA-256 of every byte of %s, computed while reading", async (name, content) => {
    const text = content();
    const summary = await ingest(writeFixture(name, text));
    expect(summary.status).toBe("succeeded");
    const expected = createHash("sha256").update(text).digest("hex");
    expect(summary.contentHash).toBe(expected);
    const stored = await withClient((c) => c.query(`SELECT content_hash FROM mrf_files WHERE id = $1`, [summary.mrfFileId]));
    expect(stored.rows[0].content_hash).toBe(expected);
  });

  it("skips a file it has already loaded, changing nothing", async () => {
    const file = writeFixture("tall.csv", tallCsv());
    await ingest(file);
    const before = await counts();
    const again = await ingest(file);
    expect(again).toMatchObject({ status: "skipped", rows: 4 });
    expect(await counts()).toEqual(before);
  });

  it("keeps each new version of a hospital's file and records what changed", async () => {
    const first = await ingest(writeFixture("v1.csv", tallCsv({ lastUpdatedOn: "2026-08-01" })));
    expect(first.changes).toEqual({ previousFileId: null, added: 0, removed: 0, repriced: 0 });
    // v2: the MRI's cash price changes (both MRI payer rows carry it), the drug is dropped, an x-ray is new.
    const v2 = tallCsv({ lastUpdatedOn: "2026-09-01", mriCash: "940" }, [
      ["Chest x-ray, two views", "71046", "CPT", "", "", "outpatient", "", "", "310", "150", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]).replace(/\n"?Ondansetron[^\n]*/, "");
    const second = await ingest(writeFixture("v2.csv", v2));
    expect(second.status).toBe("succeeded");
    expect(second.changes).toEqual({ previousFileId: first.mrfFileId, added: 1, removed: 1, repriced: 2 });
    expect(await counts()).toMatchObject({ hospitals: 1, files: 2, charges: 8 });
    const changes = await withClient((c) =>
      c.query(`SELECT kind::text, item_key, payer_name, old_amount::text, new_amount::text FROM charge_changes ORDER BY kind, item_key, payer_name`),
    );
    expect(changes.rows).toEqual([
      { kind: "added", item_key: "CPT:71046", payer_name: null, old_amount: null, new_amount: "150.00" },
      { kind: "removed", item_key: "NDC:0409-4755-03", payer_name: null, old_amount: "20.00", new_amount: null },
      { kind: "repriced", item_key: "CPT:70551|RC:0611", payer_name: "Bluebonnet Care", old_amount: "610.00", new_amount: "610.00" },
      { kind: "repriced", item_key: "CPT:70551|RC:0611", payer_name: "Lone Star Health", old_amount: "850.50", new_amount: "850.50" },
    ]);
  });

  it("stores a run record for every attempt", async () => {
    const good = writeFixture("good.csv", tallCsv());
    await ingest(good);
    await ingest(good);
    await ingest(writeFixture("future.csv", tallCsv({ version: "9.9.9" })));
    const runs = await withClient((c) =>
      c.query(`SELECT file_name, status::text, mode::text, rows_loaded, bytes > 0 AS has_bytes, message IS NOT NULL AS has_message, duration_ms >= 0 AS timed FROM ingestion_runs ORDER BY id`),
    );
    expect(runs.rows).toEqual([
      { file_name: "good.csv", status: "succeeded", mode: "lenient", rows_loaded: 4, has_bytes: true, has_message: false, timed: true },
      { file_name: "good.csv", status: "skipped", mode: "lenient", rows_loaded: 4, has_bytes: true, has_message: true, timed: true },
      { file_name: "future.csv", status: "failed", mode: "lenient", rows_loaded: 0, has_bytes: true, has_message: true, timed: true },
    ]);
  });

  const brokenGross = () =>
    tallCsv({}, [["Chest x-ray", "71046", "CPT", "", "", "outpatient", "", "", "$310", "150", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]);

  it("strict: refuses a file with a CMS-rule error, naming file, row, column and rule, and keeps nothing", async () => {
    await ingest(writeFixture("good.csv", tallCsv({ hospitalName: "Other Hospital" })));
    const before = await counts();
    const summary = await ingestFile(writeFixture("broken.csv", brokenGross()), { databaseUrl: testDatabaseUrl(), mode: "strict" });
    expect(summary.status).toBe("failed");
    expect(summary.rows).toBe(0);
    expect(summary.message).toBe(
      'broken.csv, row 8, column standard_charge|gross: "standard_charge|gross" "$310" is not a positive number. Encode digits with an optional decimal point, greater than 0, without "$", commas or text; leave the cell blank when there is no amount. [amount.invalid]',
    );
    expect(await counts()).toEqual(before);
  });

  it("lenient: loads the valid rows and sets the bad one aside with its reason", async () => {
    const summary = await ingest(writeFixture("broken.csv", brokenGross()));
    expect(summary).toMatchObject({ status: "succeeded", rows: 4, quarantined: 1, errors: 1 });
    expect(summary.message).toContain("1 row(s) set aside");
    const q = await withClient((c) => c.query(`SELECT row, reasons, raw FROM quarantined_rows`));
    expect(q.rows).toHaveLength(1);
    expect(q.rows[0].row).toBe(8);
    expect(q.rows[0].raw).toContain("Chest x-ray,71046,CPT");
    expect(q.rows[0].reasons).toEqual([expect.objectContaining({ rule: "amount.invalid", row: 8, column: "standard_charge|gross" })]);
    const file = await withClient((c) => c.query(`SELECT quarantined_count, error_count FROM mrf_files`));
    expect(file.rows).toEqual([{ quarantined_count: 1, error_count: 1 }]);
    const run = await withClient((c) => c.query(`SELECT rows_quarantined, error_count, report FROM ingestion_runs`));
    expect(run.rows[0]).toMatchObject({ rows_quarantined: 1, error_count: 1, report: { errorCounts: { "amount.invalid": 1 } } });
  });

  it("lenient: a value too large for the database sets its row aside instead of failing the file", async () => {
    const huge = tallCsv({}, [["Chest x-ray", "71046", "CPT", "", "", "outpatient", "", "", "99999999999999999", "150", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]);
    const summary = await ingest(writeFixture("huge.csv", huge));
    expect(summary).toMatchObject({ status: "succeeded", rows: 4, quarantined: 1 });
    const q = await withClient((c) => c.query(`SELECT reasons FROM quarantined_rows`));
    expect(q.rows[0].reasons[0]).toMatchObject({ rule: "amount.invalid", row: 8, column: "standard_charge|gross" });
    expect(q.rows[0].reasons[0].message).toContain("implausibly large");
  });

  it("lenient: a row with text after a closing quote is set aside, naming its row and column", async () => {
    const xray = ["Chest x-ray", "71046", "CPT", "", "", "outpatient", "", "", "310", "150", "", "", "", "", "", "", "", "", "", "", "", "", "", ""];
    const text = tallCsv({}, [xray]).replace("\nChest x-ray,", '\n"Chest x-ray"s,');
    const summary = await ingest(writeFixture("quote.csv", text));
    expect(summary).toMatchObject({ status: "succeeded", rows: 4, quarantined: 1, errors: 1 });
    const q = await withClient((c) => c.query(`SELECT row, reasons FROM quarantined_rows`));
    expect(q.rows).toEqual([{ row: 8, reasons: [expect.objectContaining({ rule: "csv.quote_invalid", row: 8, column: "description" })] }]);
  });

  it("old Mac line endings (CR alone): lenient loads every row and records the error; strict refuses the file", async () => {
    const text = tallCsv().replace(/\n/g, "\r");
    const lenient = await ingest(writeFixture("mac.csv", text));
    expect(lenient).toMatchObject({ status: "succeeded", rows: 4, quarantined: 0, errors: 1 });
    const run = await withClient((c) => c.query(`SELECT report FROM ingestion_runs`));
    expect(run.rows[0].report.errorCounts).toEqual({ "csv.line_ending_cr": 1 });
    await resetDatabase();
    const strict = await ingestFile(writeFixture("mac.csv", text), { databaseUrl: testDatabaseUrl(), mode: "strict" });
    expect(strict.status).toBe("failed");
    expect(strict.message).toContain("[csv.line_ending_cr]");
    expect((await counts()).hospitals).toBe(0);
  });

  it("refuses an unknown template version with a clear message", async () => {
    const summary = await ingest(writeFixture("future.csv", tallCsv({ version: "9.9.9" })));
    expect(summary.status).toBe("failed");
    expect(summary.message).toBe(
      'future.csv, row 2, column version: CMS template version "9.9.9" is not supported (supported: 2.0.0, 2.1.0, 2.2.0, 3.0.0)',
    );
    expect((await counts()).hospitals).toBe(0);
  });

  it("explains a file that is not a CMS template", async () => {
    const summary = await ingest(writeFixture("notes.csv", "hello,world\n1,2\n"));
    expect(summary.status).toBe("failed");
    expect(summary.message).toMatch(/notes\.csv, row 1, column hospital_name: row 1 has no "hospital_name" header/);
  });

  it("reports a missing file without touching the database", async () => {
    const summary = await ingest("/nonexistent/price-file.csv");
    expect(summary).toMatchObject({ status: "failed", rows: 0 });
    expect(summary.message).toContain("ENOENT");
  });
});

describe("search vocabulary", () => {
  beforeEach(resetDatabase);

  it("adds each file's description words, as written and lower-cased, to search_words once", async () => {
    await ingest(writeFixture("a.csv", tallCsv()));
    await ingest(writeFixture("b.csv", tallCsv({ hospitalName: "Other Fixture Hospital" })));
    const { rows } = await withClient((c) => c.query(`SELECT word FROM search_words ORDER BY word`));
    const words = rows.map((r) => r.word);
    expect(words).toEqual(expect.arrayContaining(["brain", "contrast", "ondansetron", "injection", "replacement"]));
    expect(new Set(words).size).toBe(words.length);
    // Short words and stop words are not suggestions anyone needs.
    expect(words).not.toContain("mg");
    expect(words).not.toContain("and");
  });
});
