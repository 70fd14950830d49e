import { Readable } from "node:stream";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../../lib/mrf/csv/rows";
import { CsvLimitError, CsvTokenizer } from "../../../lib/mrf/csv/tokenizer";

/** Tokenizes `text` split into chunks at every given size, to exercise chunk boundaries. */
function tokenize(text: string, chunkSize = text.length || 1): string[][] {
  const t = new CsvTokenizer();
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += chunkSize) t.push(text.slice(i, i + chunkSize), out);
  return t.end(out);
}

const CASES: Record<string, [string, string[][]]> = {
  plain: ["a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]],
  "no final newline": ["a,b\n1,2", [["a", "b"], ["1", "2"]]],
  crlf: ["a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
  "lone cr": ["a,b\r1,2\r", [["a", "b"], ["1", "2"]]],
  "mixed line endings": ["a,b\r\n1,2\n3,4\r5,6", [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]],
  quoted: ['a,"b, with comma","say ""hi"""\n"",x,""\n', [["a", "b, with comma", 'say "hi"'], ["", "x", ""]]],
  "quoted newlines": ['desc,notes\n"line one\nline two","a\r\nb"\n', [["desc", "notes"], ["line one\nline two", "a\r\nb"]]],
  "blank fields": [",,\n,x,\n", [["", "", ""], ["", "x", ""]]],
  "empty lines": ["a\n\nb\n", [["a"], [""], ["b"]]],
  "quote inside unquoted": ['ab"c,d\n', [['ab"c', "d"]]],
  unicode: ["café,naïve,日本\n", [["café", "naïve", "日本"]]],
};

describe("CsvTokenizer", () => {
  for (const [name, [text, expected]] of Object.entries(CASES)) {
    it(`reads ${name} the same whatever the chunk size`, () => {
      for (const size of [1, 2, 3, 7, 1000]) expect(tokenize(text, size)).toEqual(expected);
      // Agrees with papaparse, the parser the CMS validator uses, where both define the result.
      if (!/\r(?!\n)/.test(text) && !text.includes("\r\n") && name !== "empty lines") {
        const papa = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false }).data;
        expect(papa.filter((r, i) => !(i === papa.length - 1 && r.length === 1 && r[0] === ""))).toEqual(expected);
      }
    });
  }

  it("refuses a field longer than the limit, naming the record", () => {
    const t = new CsvTokenizer({ maxFieldLength: 10, maxColumns: 100 });
    expect(() => t.push('a,b\n"' + "x".repeat(11))).toThrow(new CsvLimitError("record 2 has a field longer than 10 characters", 2));
  });

  it("refuses a record with too many columns", () => {
    const t = new CsvTokenizer({ maxFieldLength: 100, maxColumns: 3 });
    expect(() => t.push("a,b,c,d\n")).toThrow("record 1 has more than 3 columns");
  });

  it("reports a quote that is never closed", () => {
    const t = new CsvTokenizer();
    t.push('a,"unclosed\nmore');
    expect(() => t.end()).toThrow("a quoted field opened in record 1 is never closed");
  });

  it("streams bytes, dropping a BOM and joining UTF-8 split across chunks", async () => {
    const bytes = Buffer.from("\uFEFFname,city\nJosé,Zürich\n", "utf8");
    const chunks = [...bytes].map((b) => Buffer.from([b])); // one byte at a time
    const rows: string[][] = [];
    for await (const row of csvRows(Readable.from(chunks))) rows.push(row);
    expect(rows).toEqual([["name", "city"], ["José", "Zürich"]]);
  });
});
