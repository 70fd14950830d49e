import { describe, expect, it } from "vitest";
import { readMrfFile } from "../../../lib/mrf";
import { MAX_DEPTH } from "../../../lib/mrf/json/scanner";
import { validateFile } from "../../../lib/mrf/validate";
import { jsonMrf, writeFixture } from "../../support/mrf-fixtures";

async function readAll(file: string) {
  const events = [];
  for await (const e of readMrfFile(file)) events.push(e);
  return events;
}

describe("JSON limits", () => {
  it("refuses nesting deeper than the limit with a clear error, quickly", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const file = writeFixture("deep.json", `{"hospital_name": ${deep}}`);
    const started = Date.now();
    await expect(readAll(file)).rejects.toThrow(`not valid JSON: JSON nested deeper than ${MAX_DEPTH} levels`);
    const report = await validateFile(file);
    expect(report.valid).toBe(false);
    expect(report.errors[0]!.message).toContain(`nested deeper than ${MAX_DEPTH} levels`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reads a valid file that starts with a lot of whitespace as JSON", async () => {
    const events = await readAll(writeFixture("spaced.json", " ".repeat(100_000) + jsonMrf()));
    expect(events[0]).toMatchObject({ type: "header", format: "json" });
    expect(events.filter((e) => e.type === "record")).toHaveLength(2);
  });

  it("keeps memory small for a very long string value", async () => {
    const before = process.memoryUsage().rss;
    const long = JSON.parse(jsonMrf());
    long.general_contract_provisions = "x".repeat(30 * 1024 * 1024);
    const events = await readAll(writeFixture("long.json", JSON.stringify(long)));
    expect(events[0]).toMatchObject({ type: "header" });
    // Unbuffered, the parser would need ~20 bytes per character (600 MB here).
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });
});
