import { Readable } from "node:stream";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { MAX_BATCH_RECORDS, csvRowBatches, csvRows } from "../../../lib/mrf/csv/rows";
import { CsvLimitError, CsvTokenizer, type CsvQuirk } from "../../../lib/mrf/csv/tokenizer";

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
  "dense escapes": ['"""""""",x\n"a""""b""",""""\n', [['"""', "x"], ['a""b"', '"']]],
  "one-field records": ['a\r\r\n\n""\r"b"\n,\r', [["a"], [""], [""], [""], ["b"], ["", ""]]],
  unicode: ["café,naïve,日本\n", [["café", "naïve", "日本"]]],
  // Lines whose quoted fields close on the line take a faster path than the others.
  "quoted fields closing on their line": [
    '"a, b",c,"d ""e"""\n"x",\n,"y"\n"",""\n"""",z\n',
    [["a, b", "c", 'd "e"'], ["x", ""], ["", "y"], ["", ""], ['"', "z"]],
  ],
  "quoted fields the faster path leaves": [
    '"z"w,1\r\n"a\rb",2\r\n"c""\nd",3\n"open,4\n5"\n',
    [["zw", "1"], ["a\rb", "2"], ['c"\nd', "3"], ["open,4\n5"]],
  ],
};

/** The quirks the tokenizer tells of for `text`, split into chunks of `chunkSize`. */
function quirksOf(text: string, chunkSize: number): CsvQuirk[] {
  const quirks: CsvQuirk[] = [];
  const t = new CsvTokenizer(undefined, (q) => quirks.push(q));
  for (let i = 0; i < text.length; i += chunkSize) t.push(text.slice(i, i + chunkSize));
  t.end();
  return quirks;
}

describe("CsvTokenizer quirks (text CMS's parser reads otherwise)", () => {
  it("tells of text after a closing quote, with its record and field, whatever the chunk size", () => {
    for (const size of [1, 2, 3, 1000]) {
      expect(quirksOf('a,b\nx,"basic"more,1\n"ok",2\n', size)).toEqual([{ kind: "text_after_quote", record: 2, field: 2 }]);
    }
  });

  it("tells of the first record a lone CR ends, once, whatever the chunk size", () => {
    for (const size of [1, 2, 4, 1000]) {
      expect(quirksOf("a,b\r\n1,2\n3,4\r5,6\r7,8\n", size)).toEqual([{ kind: "lone_cr", record: 3, field: 1 }]);
    }
  });

  it("tells of nothing for CRLF, LF, quoted CRs and quotes closing before a comma or the line's end", () => {
    for (const size of [1, 2, 1000]) {
      expect(quirksOf('a,"b"\r\n"x\ry","z"\n"",""\r\n"q"', size)).toEqual([]);
    }
  });
});

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

  it("reads random lines of commas and quotes the same on the whole-line path as character by character", () => {
    // Chunks of one character never hold a whole line, so they take the
    // character-by-character path; the whole text takes the whole-line one.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = ["a", "b", ",", '"', '"', "\n"];
    const outcome = (text: string, chunkSize: number) => {
      try {
        return { records: tokenize(text, chunkSize), quirks: quirksOf(text, chunkSize) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let c = random(40); c > 0; c--) text += alphabet[random(alphabet.length)];
      expect(outcome(text, text.length || 1), JSON.stringify(text)).toEqual(outcome(text, 1));
    }
  });

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

  it("stops a push at maxRecords and resumes where it stopped, on the fast and the slow path", () => {
    const text = 'a,b\n1,2\r3,"x\ny"\r\n\r\n5,""""\n6\n7,8\r\n';
    const expected = tokenize(text);
    for (const max of [1, 2, 3]) {
      for (const size of [1, 4, 9, text.length]) {
        const t = new CsvTokenizer();
        const out: string[][] = [];
        for (let i = 0; i < text.length; i += size) {
          let batch = t.push(text.slice(i, i + size), [], max);
          while (t.suspended) {
            expect(batch).toHaveLength(max);
            out.push(...batch);
            expect(t.rows).toBe(out.length); // row numbers stay exact across a stop
            batch = t.resume([], max);
          }
          expect(batch.length).toBeLessThanOrEqual(max);
          out.push(...batch);
        }
        expect(t.end(out)).toEqual(expected);
      }
    }
  });

  it("refuses a new chunk while one is suspended; end() finishes the suspended one", () => {
    const t = new CsvTokenizer();
    expect(t.push("a\nb\nc", [], 1)).toEqual([["a"]]);
    expect(() => t.push("d\n")).toThrow("call resume() first");
    expect(t.end()).toEqual([["b"], ["c"]]);
  });

  it("counts records exactly past a limit error after a stop", () => {
    const t = new CsvTokenizer({ maxFieldLength: 100, maxColumns: 2 });
    t.push("\r\r\r\ra,b,c\r", [], 3);
    expect(() => t.resume()).toThrow(new CsvLimitError("record 5 has more than 2 columns", 5));
  });

  it("hands a chunk of lone CRs over in bounded batches, every record counted", async () => {
    const crs = 300_000;
    const text = `h1,h2\n${"\r".repeat(crs)}x,"y"\r\n`;
    const sizes: number[] = [];
    let last: string[] = [];
    for await (const batch of csvRowBatches(Readable.from([Buffer.from(text)]))) {
      sizes.push(batch.length);
      last = batch[batch.length - 1]!;
    }
    expect(Math.max(...sizes)).toBe(MAX_BATCH_RECORDS);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(crs + 2);
    expect(last).toEqual(["x", "y"]);
  });

  it("unescapes a field of a million escaped quotes across chunks", () => {
    const quotes = 1_000_000;
    const text = `"${'""'.repeat(quotes)}",end\n`;
    for (const size of [262_144, 65_537, 999]) {
      const [row] = tokenize(text, size);
      expect(row![0]!.length).toBe(quotes);
      expect(row![0]).toBe('"'.repeat(quotes));
      expect(row![1]).toBe("end");
    }
  });

  it("streams bytes, dropping a BOM and joining UTF-8 split across chunks", async () => {
    const bytes = Buffer.from("\uFEFFname,city\nJosé,Zürich\n", "utf8");
    const chunks = [...bytes].map((b) => Buffer.from([b])); // one byte at a time
    const rows: string[][] = [];
    for await (const row of csvRows(Readable.from(chunks))) rows.push(row);
    expect(rows).toEqual([["name", "city"], ["José", "Zürich"]]);
  });
});
