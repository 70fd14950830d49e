// `priceline validate <file> [--json]`: exit codes, the human summary and the JSON shape.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runValidateCommand } from "../../../../lib/mrf/validate";
import { TALL_ROW, csvText, tempFile } from "./builders";

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidateCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n"), lastLine: out.at(-1) ?? "" };
}

describe("validate command", () => {
  it("exits 0 for a valid file and says so", async () => {
    const file = await tempFile("ok.csv", csvText());
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^VALID/);
    expect(out).toContain("CMS template 3.0.0");
    expect(out).toContain("tall CSV");
  });

  it("exits 1 for an invalid file, grouping errors by rule with locations", async () => {
    const rows = Array.from({ length: 5 }, () => ({ ...TALL_ROW, "standard_charge|methodology": "" }));
    const file = await tempFile("bad.csv", csvText({ rows }));
    const { code, out } = await run([file]);
    expect(code).toBe(1);
    expect(out).toMatch(/^INVALID/);
    expect(out).toContain("methodology.required (5)");
    expect(out).toContain('row 4, column "standard_charge|methodology"');
    expect(out).toContain("… and 2 more");
  });

  it("--json prints the report as the last line", async () => {
    const file = await tempFile("bad-json.csv", csvText({ rows: [{ ...TALL_ROW, setting: "ER" }] }));
    const { code, lastLine } = await run([file, "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(lastLine);
    expect(Object.keys(report)).toEqual(["valid", "version", "format", "rows", "errors", "alerts", "errorCounts"]);
    expect(report).toMatchObject({ valid: false, version: "3.0.0", format: "csv_tall", rows: 1, alerts: [], errorCounts: { "setting.invalid": 1 } });
    expect(report.errors).toEqual([{ rule: "setting.invalid", message: expect.any(String), row: 4, column: "setting" }]);
  });

  it("an unsupported version is exit 1 with a clear error", async () => {
    const file = await tempFile("v9.csv", csvText({ general: { version: "9.9.9" } }));
    const { code, lastLine } = await run(["--json", file]);
    expect(code).toBe(1);
    const report = JSON.parse(lastLine);
    expect(report).toMatchObject({ valid: false, version: null });
    expect(report.errors[0]).toMatchObject({ rule: "version.unsupported", row: 2, column: "version" });
  });

  it("exits 2 for an unreadable file or bad usage", async () => {
    expect((await run(["/no/such/file.csv"])).code).toBe(2);
    expect((await run(["/no/such/file.csv"])).err).toContain("no such file");
    expect((await run([])).code).toBe(2);
    expect((await run(["a.csv", "b.csv"])).code).toBe(2);
    expect((await run(["--bogus", "a.csv"])).code).toBe(2);
    expect((await run(["--help"])).code).toBe(0);
  });

  it("is wired into bin/priceline.ts", async () => {
    const file = await tempFile("cli.json", "{}");
    const result = await promisify(execFile)("npx", ["tsx", "bin/priceline.ts", "validate", file, "--json"]).then(
      () => ({ code: 0, stdout: "" }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toMatchObject({ valid: false, format: "json" });
  });
});
