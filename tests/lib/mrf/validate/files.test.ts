// validateFile on CSV files as hospitals actually save them.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LISTED_ISSUES, UnreadableFileError, validateFile } from "../../../../lib/mrf/validate";
import { TALL_ROW, WIDE_ROW, csvText, tempFile } from "./builders";

describe("validateFile: CSV", () => {
  it("a valid tall file", async () => {
    const report = await validateFile(await tempFile("tall.csv", csvText({ rows: [TALL_ROW, TALL_ROW] })));
    expect(report).toEqual({ valid: true, version: "3.0.0", format: "csv_tall", rows: 2, errors: [], alerts: [], errorCounts: {} });
  });

  it("a valid wide file", async () => {
    const report = await validateFile(await tempFile("wide.csv", csvText({ layout: "wide", rows: [WIDE_ROW] })));
    expect(report).toMatchObject({ valid: true, format: "csv_wide", rows: 1 });
  });

  it("handles a BOM, CRLF and mixed line endings, quoted newlines and quotes", async () => {
    const rows = [
      { ...TALL_ROW, description: 'Knee MRI, "open" unit\nwith contrast' },
      { ...TALL_ROW, additional_generic_notes: "line one\r\nline two" },
      TALL_ROW,
    ];
    const crlf = csvText({ rows }, "\r\n");
    const mixed = crlf.replace(/\r\n(?=[^"]*$)/, "\n"); // one bare LF among CRLFs
    for (const [name, text] of [
      ["crlf.csv", `\uFEFF${crlf}`],
      ["mixed.csv", mixed],
      ["trailing-newline.csv", `${crlf}\r\n`],
    ] as const) {
      const report = await validateFile(await tempFile(name, text));
      expect(report, name).toMatchObject({ valid: true, rows: 3, errors: [] });
    }
  });

  it("accepts one blank trailing column on every row", async () => {
    const text = csvText({ rows: [TALL_ROW] })
      .split("\n")
      .map((line) => `${line},`)
      .join("\n");
    expect((await validateFile(await tempFile("trailing-comma.csv", text))).valid).toBe(true);
  });

  it("locates errors by record number, so quoted newlines don't shift rows", async () => {
    const text = csvText({ rows: [{ ...TALL_ROW, description: "two\nlines" }, { ...TALL_ROW, setting: "nowhere" }] });
    const report = await validateFile(await tempFile("located.csv", text));
    expect(report.errors).toEqual([expect.objectContaining({ rule: "setting.invalid", row: 5, column: "setting" })]);
  });

  it("counts every error but lists at most MAX_LISTED_ISSUES", async () => {
    const rows = Array.from({ length: MAX_LISTED_ISSUES + 250 }, () => ({ ...TALL_ROW, setting: "ER" }));
    const report = await validateFile(await tempFile("many.csv", csvText({ rows })));
    expect(report.valid).toBe(false);
    expect(report.rows).toBe(rows.length);
    expect(report.errors).toHaveLength(MAX_LISTED_ISSUES);
    expect(report.errorCounts).toEqual({ "setting.invalid": rows.length });
  });

  it("a file that is not a CMS file gets a report, not an exception", async () => {
    for (const [name, text] of [
      ["plain.csv", "name,price\nwidget,3\n"],
      ["empty.csv", ""],
      ["binary.csv", Buffer.from([0, 159, 146, 150, 0, 1, 2, 10, 13, 255])],
      ["text.txt", "just some words"],
    ] as const) {
      const report = await validateFile(await tempFile(name, text));
      expect(report.valid, name).toBe(false);
      expect(report.errors.length, name).toBeGreaterThan(0);
    }
  });

  it("an unreadable file throws UnreadableFileError", async () => {
    await expect(validateFile("/nonexistent/dir/file.csv")).rejects.toBeInstanceOf(UnreadableFileError);
    const dir = dirname(await tempFile("placeholder.txt", ""));
    await mkdir(`${dir}/a-directory`, { recursive: true });
    await expect(validateFile(`${dir}/a-directory`)).rejects.toThrow(/directory/);
  });
});
