// The command-line contract: `npm run priceline -- ingest <file> [--json]`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { TALL_ROWS, resetDatabase, testDatabaseUrl, withClient } from "../support/db";
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
    const n = await withClient((c) => c.query(`SELECT count(*)::int AS n FROM (${TALL_ROWS}) t`));
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

describe("priceline ingest from the network", () => {
  it("downloads a gzip'd MRF by URL and every MRF a cms-hpt.txt lists, reporting the broken one", async () => {
    const { createServer } = await import("node:http");
    const { gzipSync } = await import("node:zlib");
    const tall = tallCsv();
    const wide = wideCsv({ hospitalName: "Second Fixture Hospital" });
    const server = createServer((req, res) => {
      if (req.url === "/prices.csv.gz") return res.end(gzipSync(tall));
      if (req.url === "/wide.csv") return res.end(wide);
      if (req.url === "/cms-hpt.txt") {
        const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
        return res.end(
          `location-name: Main\nsource-page-url: ${base}/\nmrf-url: ${base}/wide.csv\ncontact-name: Pat\ncontact-email: pat@example.org\n\n` +
            `location-name: Annex\nsource-page-url: ${base}/\nmrf-url: ${base}/gone.csv\ncontact-name: Pat\ncontact-email: pat@example.org\n`,
        );
      }
      res.statusCode = 404;
      res.end("not found");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const run = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn("npm", ["run", "--silent", "priceline", "--", "ingest", `${base}/prices.csv.gz`, `${base}/cms-hpt.txt`, "--json"], {
          env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
        });
        let stdout = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.on("exit", (code) => resolve({ code, stdout }));
      });
      expect(run.code).toBe(1); // one listed MRF is missing
      const summary = JSON.parse(run.stdout.trim().split("\n").pop()!);
      expect(summary.status).toBe("failed");
      expect(summary.files.map((f: { status: string }) => f.status)).toEqual(["succeeded", "succeeded", "failed"]);
      expect(summary.files[2].message).toContain("HTTP 404");
      const sources = await withClient((c) => c.query(`SELECT source FROM mrf_files ORDER BY id`));
      expect(sources.rows.map((r) => r.source)).toEqual([`${base}/prices.csv.gz`, `${base}/wide.csv`]);
    } finally {
      server.close();
    }
  });
});
