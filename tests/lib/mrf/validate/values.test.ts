// The per-cell checks, against the exact forms CMS's validator accepts.
import { describe, expect, it } from "vitest";
import { RULES, SUPPORTED_VERSIONS, rulesForVersion } from "../../../../lib/mrf/validate";
import { isCountValue, isCsvDate, isIsoDate, isPositiveDecimal } from "../../../../lib/mrf/validate/values";
import { coerceVersion, dictionaryFor } from "../../../../lib/mrf/validate/versions";

describe("isPositiveDecimal (CMS: /^(?:\\d+|\\d+\\.\\d+|\\d+\\.|\\.\\d+)$/ and > 0)", () => {
  it.each(["1", "0.5", ".5", "5.", "1500.59", "007", "999999999"])("accepts %s", (v) => expect(isPositiveDecimal(v)).toBe(true));
  it.each(["", "0", "0.0", ".", "-1", "+1", "1e3", "$5", "1,000", "1.2.3", "12 ", "abc", `0.${"0".repeat(400)}1`])("rejects %j", (v) =>
    expect(isPositiveDecimal(v)).toBe(false),
  );
});

describe("isCountValue", () => {
  it.each(["0", "11", "19", "20", "99", "100", "4151", "1 through 10"])("accepts %s", (v) => expect(isCountValue(v, false)).toBe(true));
  it.each(["1", "5", "10", "011", "00", "-11", "11.0", "1-10", "", "1 Through 10"])("rejects %j", (v) => expect(isCountValue(v, false)).toBe(false));
  it("CSV compares the phrase case-insensitively", () => expect(isCountValue("1 Through 10", true)).toBe(true));
});

describe("dates", () => {
  it("JSON takes only real YYYY-MM-DD dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-1-5")).toBe(false);
    expect(isIsoDate("1/5/2025")).toBe(false);
  });
  it("CSV also takes M/D/YYYY and MM/DD/YYYY", () => {
    expect(isCsvDate("1/5/2025")).toBe(true);
    expect(isCsvDate("01/05/2025")).toBe(true);
    // CMS's validator reads the years 0000–0099 of M/D/YYYY as 2000–2049 and 1950–1999, and refuses them.
    expect(isCsvDate("1/1/0049")).toBe(false);
    expect(isCsvDate("1/1/0100")).toBe(true);
    expect(isCsvDate("0049-01-01")).toBe(true);
    expect(isCsvDate("2/30/2025")).toBe(false);
    expect(isCsvDate("1/5/25")).toBe(false);
  });
});

describe("versions", () => {
  it.each([
    ["3.0.0", "3.0.0", "3.0.0"],
    ["v3", "3.0.0", "3.0.0"],
    ["2.2", "2.2.0", "2.2.0"],
    ["2.2.1", "2.2.1", "2.2.0"],
    ["3.1.0", "3.1.0", null],
    ["9.9.9", "9.9.9", null],
    ["latest", null, null],
  ])("%s coerces to %s and is checked as %s", (declared, coerced, dictionary) => {
    expect(coerceVersion(declared)).toBe(coerced);
    expect(dictionaryFor(declared)).toBe(dictionary);
  });

  it("lists the rules of each version", () => {
    expect(rulesForVersion("3.0.0", "csv")).toContain("count.required");
    expect(rulesForVersion("2.2.0", "csv")).not.toContain("count.required");
    expect(rulesForVersion("2.2.0", "json")).toContain("estimated_amount.required");
    expect(rulesForVersion("2.0.0", "csv")).not.toContain("methodology.other_needs_notes");
    for (const v of SUPPORTED_VERSIONS) expect(rulesForVersion(v, "csv").length).toBeGreaterThan(20);
    expect(Object.keys(RULES).every((id) => /^[a-z0-9_]+\.[a-z0-9_]+$/.test(id))).toBe(true);
  });
});
