import { describe, expect, it } from "vitest";
import { createProgressReporter, describeProgress } from "../../../lib/ingest/progress";

const MB = 1024 * 1024;

describe("progress", () => {
  it("describes rows, bytes, rates and the time left", () => {
    const line = describeProgress({ rows: 250_000, items: 30_000, bytes: 50 * MB, totalBytes: 100 * MB }, 5_000);
    expect(line).toBe("50% · 250,000 rows · 50.0/100.0 MB · 50,000 rows/s · 10.0 MB/s · ETA 5 s");
  });

  it("off a terminal, writes a line at most every interval, and always the last one", () => {
    const lines: string[] = [];
    const reporter = createProgressReporter("big.csv", { tty: false, write: (l) => lines.push(l), intervalMs: 60_000 });
    reporter.update({ rows: 1, items: 1, bytes: 1 * MB, totalBytes: 10 * MB });
    reporter.update({ rows: 2, items: 1, bytes: 2 * MB, totalBytes: 10 * MB });
    reporter.update({ rows: 3, items: 1, bytes: 10 * MB, totalBytes: 10 * MB });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^big\.csv: 10% · 1 rows · 1\.0\/10\.0 MB/);
    expect(lines[1]).toMatch(/^big\.csv: 100% · 3 rows/);
  });
});
