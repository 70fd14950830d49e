// The command-line contract: `npm run priceline -- ingest <file> [--json]`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDatabaseUrl, withClient } from "../support/db";
import { tallCsv, wideCsv, writeFixture } from "../support/mrf-fixtures";

function priceline(...args: string[]) {
  const run = spawnSync("npm", ["run", "--silent", "priceline", "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
    timeout: 60_000,
  });
  const lines = run.stdout.trim().split("\n");
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, last: lines[lines.length - 1] ?? "" };
}

beforeEach(resetDatabase);

describe("priceline ingest", () => {
  it("loads a file and ends with a JSON summary line", async () => {
    const run = priceline("ingest", writeFixture("tall.csv", tallCsv()), "--json");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.last);
    expect(summary).toMatchObject({ status: "succeeded", rows: 4, items: 3, format: "csv_tall" });
    const n = await withClient((c) => c.query(`SELECT count(*)::int AS n FROM standard_charges`));
    expect(n.rows[0].n).toBe(4);
  });

  it("reports an unchanged file as skipped", () => {
    const file = writeFixture("wide.csv", wideCsv());
    expect(priceline("ingest", file).code).toBe(0);
    const again = priceline("ingest", file, "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.last)).toMatchObject({ status: "skipped", rows: 3 });
  });

  it("--strict exits 1 with the file, row and column of a bad value", async () => {
    const bad = tallCsv({}, [["X-ray", "71046", "CPT", "", "", "outpatient", "", "", "1,200", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]);
    const run = priceline("ingest", writeFixture("bad.csv", bad), "--strict", "--json");
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.last);
    expect(summary.status).toBe("failed");
    expect(summary.message).toContain("bad.csv, row 8, column standard_charge|gross");
    const n = await withClient((c) => c.query(`SELECT count(*)::int AS n FROM hospitals`));
    expect(n.rows[0].n).toBe(0);
  });

  it("by default loads the valid rows and reports the row set aside", () => {
    const bad = tallCsv({}, [["X-ray", "71046", "CPT", "", "", "outpatient", "", "", "1,200", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]);
    const run = priceline("ingest", writeFixture("bad.csv", bad), "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.last)).toMatchObject({ status: "succeeded", rows: 4, quarantined: 1 });
  });

  it("exits 2 on bad usage", () => {
    const run = priceline("ingest");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Name at least one file to ingest.");
  });
});

describe("priceline ingest --mapping (legacy layouts)", () => {
  const stonyBrook = "../shared/data/legacy/stony-brook-eastern-long-island-2023.csv";
  const haveShared = existsSync(stonyBrook);

  it.skipIf(!haveShared)("loads the Stony Brook legacy file with the shipped mapping (needs ../shared/data)", async () => {
    const run = priceline("ingest", stonyBrook, "--mapping", "mappings/stony-brook-eastern-long-island-2023.yaml", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.last)).toMatchObject({ status: "succeeded", format: "legacy", rows: 4379 });
    expect(run.stderr).toContain("placeholder");
    const h = await withClient((c) => c.query(`SELECT name FROM hospitals`));
    expect(h.rows).toEqual([{ name: "Stony Brook Eastern Long Island Hospital" }]);
  });

  it("exits 2 with the field path when the mapping is invalid", () => {
    const bad = writeFixture("mapping.yaml", "mappingVersion: 1\nhospital:\n  name: 42\n");
    const run = priceline("ingest", writeFixture("legacy.csv", "a,b\n1,2\n"), "--mapping", bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mapping\.yaml/);
  });
});
