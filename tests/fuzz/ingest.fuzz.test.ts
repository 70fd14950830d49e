// Hostile files all the way into PostgreSQL: ingestFile must report status
// "failed" with a message naming the file, keep nothing of it (one transaction),
// and record the failed run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "../../lib/ingest";
import { validateFile } from "../../lib/mrf/validate";
import { FuzzRng, adversarialCase, baseFile, buildCase, mutatorNamed } from "../../lib/mrf/fuzz";
import { resetDatabase, testDatabaseUrl, withClient } from "../support/db";

const workDir = mkdtempSync(path.join(os.tmpdir(), "priceline-fuzz-ingest-"));
const basesDir = path.join(workDir, "bases");
let tall: Buffer;
let json: Buffer;

const DATA_TABLES = ["hospitals", "hospital_locations", "mrf_files", "items", "standard_charges", "payer_plans", "quarantined_rows", "charge_changes"];

async function counts(): Promise<Record<string, number>> {
  return withClient(async (c) => {
    const out: Record<string, number> = {};
    for (const t of [...DATA_TABLES, "ingestion_runs"]) out[t] = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
    return out;
  });
}

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, bytes);
  return file;
}

const mutated = (name: string, base: Buffer, seed: number) => mutatorNamed(name).apply(base, new FuzzRng(seed), { maxDepth: 0, maxLongString: 0, maxShortRows: 0, maxGarbage: 64 * 1024 });

beforeAll(async () => {
  tall = await baseFile(basesDir, { format: "csv_tall", hospitalIndex: 1, targetRows: 20 });
  json = await baseFile(basesDir, { format: "json", hospitalIndex: 2, targetRows: 20 });
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

async function expectFailedAndNothingKept(file: string, message?: RegExp) {
  const before = await counts();
  const summary = await ingestFile(file, { databaseUrl: testDatabaseUrl() });
  expect(summary.status).toBe("failed");
  expect(summary.message).toContain(path.basename(file));
  if (message) expect(summary.message).toMatch(message);
  expect(summary).toMatchObject({ rows: 0, items: 0 });
  const after = await counts();
  for (const t of DATA_TABLES) expect(after[t], `${t} changed`).toBe(before[t]);
  expect(after.ingestion_runs).toBe(before.ingestion_runs! + 1);
  const run = await withClient((c) => c.query(`SELECT status, file_name, message FROM ingestion_runs ORDER BY id DESC LIMIT 1`));
  expect(run.rows[0]).toMatchObject({ status: "failed", file_name: path.basename(file) });
}

describe("fuzz: ingestFile on hostile files", () => {
  it("a CSV cut off inside a quoted field of row 2", async () => {
    const cut = tall.indexOf('"', tall.indexOf("\n") + 1) + 5;
    await expectFailedAndNothingKept(write("cut-row-2.csv", tall.subarray(0, cut)), /never closed/);
  });

  it("a CSV cut off inside a quoted field of its last row (the rows before it are not kept either)", async () => {
    const text = tall.toString("utf8").trimEnd();
    const cut = text.lastIndexOf(",") + 1; // the start of the last record's last field
    await expectFailedAndNothingKept(write("cut-late.csv", `${text.slice(0, cut)}"unclosed, and the file ends`), /never closed/);
  });

  it("a CSV saved as UTF-16LE with a BOM", async () => {
    await expectFailedAndNothingKept(write("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tall.toString("utf8"), "utf16le")])));
  });

  it("a CSV with a 9 MiB field (past the 8 MiB limit)", async () => {
    const built = await buildCase(adversarialCase("csv-huge-field", "small"), workDir, basesDir);
    await expectFailedAndNothingKept(built.file, /longer than 8,388,608 characters/);
  });

  it("random bytes named .csv", async () => {
    await expectFailedAndNothingKept(write("garbage.csv", new FuzzRng(7).bytes(64 * 1024)));
  });

  it("a JSON file cut inside a token", async () => {
    await expectFailedAndNothingKept(write("cut-token.json", mutated("truncate-mid-token", json, 3)), /not valid JSON/);
  });

  // Invalid UTF-8 is read with replacement characters, as CMS's validator reads it
  // (a stricter decoder once let a bad lead byte swallow the closing quote after it).
  it("a JSON file with invalid UTF-8 and flipped bits loads leniently, its damage reported as validation does", async () => {
    const file = write("damaged.json", mutated("bit-flip", mutated("invalid-utf8", json, 11), 12));
    const report = await validateFile(file);
    expect(report.valid).toBe(false);
    expect(report.errors.some((e) => e.rule === "json.syntax")).toBe(false);
    const summary = await ingestFile(file, { databaseUrl: testDatabaseUrl() });
    expect(summary.status).toBe("succeeded");
    expect(summary.errors).toBe(report.errors.length);
  });

  it("a JSON file that is 100,000 [ deep", async () => {
    await expectFailedAndNothingKept(write("deep.json", "[".repeat(100_000)), /nested deeper than/);
  });

  // Found by the fuzzer (the lenient header date check's MrfError had no file name); fixed in 202e183.
  it("a CSV whose last_updated_on is not a date", async () => {
    const built = await buildCase(adversarialCase("csv-bad-date", "small"), workDir, basesDir);
    await expectFailedAndNothingKept(built.file, /last_updated_on/);
  });
});
