// A load killed with SIGKILL at any moment must leave the database exactly as it
// was: the file loads in one transaction that PostgreSQL discards when the
// connection dies. Then the same file loads cleanly on the next run.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../../lib/ingest";
import { generateMrfFile } from "../../../lib/mrf/generator";
import { resetDatabase, testDatabaseUrl, withClient } from "../../support/db";
import { tallCsv, writeFixture } from "../../support/mrf-fixtures";

const TABLES = ["hospitals", "hospital_locations", "mrf_files", "items", "standard_charges", "payer_plans", "ingestion_runs", "quarantined_rows", "charge_changes"];

async function snapshot() {
  return withClient(async (c) => {
    const counts: Record<string, number> = {};
    for (const t of TABLES) counts[t] = (await c.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
    const sums = await c.query(`SELECT coalesce(sum(d), 0)::text AS dollars FROM standard_charges, unnest(negotiated_dollars) d`);
    return { counts, dollars: sums.rows[0].dollars as string };
  });
}

/** Starts the CLI and SIGKILLs it once it has loaded `afterRows` rows (from its progress lines). */
function ingestAndKill(file: string, afterRows: number): Promise<{ killedAt: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bin/priceline.ts", "ingest", file], {
      env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let killedAt = 0;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      const m = /([\d,]+) rows/.exec(text);
      const rows = m ? Number(m[1]!.replace(/,/g, "")) : 0;
      if (!killedAt && rows >= afterRows) {
        killedAt = rows;
        child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ killedAt, signal }));
  });
}

describe("killing an ingestion", () => {
  let big: string;

  beforeAll(async () => {
    big = path.join(mkdtempSync(path.join(os.tmpdir(), "priceline-kill-")), "big.csv");
    await generateMrfFile({ path: big, format: "csv_tall", targetRows: 150_000, hospitalIndex: 3 });
  });

  it("mid-load with SIGKILL leaves the database exactly as before, and the file loads afterwards", async () => {
    await resetDatabase();
    await ingestFile(writeFixture("other.csv", tallCsv()), { databaseUrl: testDatabaseUrl() });
    const before = await snapshot();

    const { killedAt, signal } = await ingestAndKill(big, 50_000);
    expect(signal).toBe("SIGKILL");
    expect(killedAt).toBeGreaterThanOrEqual(50_000);

    // The server notices the dead connection and rolls its transaction back.
    await expect.poll(snapshot, { timeout: 10_000, interval: 200 }).toEqual(before);

    const again = await ingestFile(big, { databaseUrl: testDatabaseUrl() });
    expect(again.status).toBe("succeeded");
    expect(again.rows).toBeGreaterThanOrEqual(150_000);
  });
});
