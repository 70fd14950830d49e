import { describe, expect, it } from "vitest";
import { FuzzRng } from "../../../lib/mrf/fuzz";
import { JsonDepthError, JsonScanner, JsonSyntaxError, MAX_DEPTH } from "../../../lib/mrf/json/scanner";

interface Scanned {
  fields: Record<string, unknown>;
  items: unknown[];
  trailing: boolean;
}

/** Scans `text` fed in pieces of `size` bytes (the whole text when size is 0). */
function scan(text: string | Buffer, size = 0, parseItems = true): Scanned {
  const out: Scanned = { fields: {}, items: [], trailing: false };
  const scanner = new JsonScanner(
    {
      onField: (k, v) => (out.fields[k] = v),
      onItem: (v, i) => {
        expect(i).toBe(out.items.length);
        out.items.push(v);
      },
    },
    { itemsKey: "items", parseItems },
  );
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8");
  const step = size || bytes.length || 1;
  for (let i = 0; i < bytes.length; i += step) scanner.write(bytes.subarray(i, i + step));
  scanner.end();
  out.trailing = scanner.trailing;
  return out;
}

const DOC = {
  hospital_name: 'St. "Quoted" \\ Hospital — ü',
  version: "3.0.0",
  n: -12.5e3,
  flags: [true, false, null],
  nested: { a: [{ b: "c\\\"d" }], e: {} },
  items: [
    { description: "MRI, brain", codes: [{ code: "70551", type: "CPT" }], price: 1200.5 },
    { description: "Tab\there\nnewline \u2028 \ud83d\ude00", price: 1 },
    [],
    "a string item",
    42,
  ],
  after: "the end",
};

describe("JsonScanner", () => {
  it("hands over every top-level attribute and every item as JSON.parse reads them", () => {
    const { items, ...fields } = DOC;
    const text = JSON.stringify(DOC, null, 2);
    expect(scan(text)).toEqual({ fields, items, trailing: false });
  });

  it("reads the same whatever the chunk boundaries (every split of a document)", () => {
    const text = JSON.stringify(DOC);
    const expected = scan(text);
    for (const size of [1, 2, 3, 5, 7, 16, 61]) expect(scan(text, size), `chunks of ${size}`).toEqual(expected);
  });

  it("agrees with JSON.parse on random documents split at random points", () => {
    const rng = new FuzzRng(20261201);
    const value = (depth: number): unknown => {
      const k = rng.below(depth > 4 ? 4 : 7);
      if (k === 0) return rng.below(2) === 0 ? null : rng.below(2) === 0;
      if (k === 1) return (rng.below(2_000_000) - 1_000_000) / (1 + rng.below(1000));
      if (k === 2 || k === 3) {
        const alphabet = ['"', "\\", "/", "a", "é", "\n", "\u0001", "😀", " ", "{", "]", ","];
        return Array.from({ length: rng.below(12) }, () => alphabet[rng.below(alphabet.length)]).join("");
      }
      if (k === 4) return Array.from({ length: rng.below(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: rng.below(4) }, (_, i) => [`k${i}"\\${rng.below(9)}`, value(depth + 1)]));
    };
    for (let round = 0; round < 200; round++) {
      const doc = { head: value(1), items: Array.from({ length: rng.below(6) }, () => value(2)), tail: value(1) };
      const text = JSON.stringify(doc, null, rng.below(3));
      const { items, ...fields } = JSON.parse(text);
      expect(scan(text, 1 + rng.below(40)), text).toEqual({ fields, items, trailing: false });
    }
  });

  it("strips a byte-order mark and notes text after the document without failing", () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"items": [1]} \n trailing junk')]);
    expect(scan(text, 4)).toEqual({ fields: {}, items: [1], trailing: true });
  });

  it("skips items unparsed when asked, still finding the attributes after them", () => {
    expect(scan('{"items": [{"a": [1, {"b": "]}"}]}, 2], "version": "3.0.0"}', 3, false)).toEqual({
      fields: { version: "3.0.0" },
      items: [],
      trailing: false,
    });
  });

  it("hands over an item array that is not an array as an attribute, for the validator to judge", () => {
    expect(scan('{"items": {"x": 1}}').fields).toEqual({ items: { x: 1 } });
  });

  it.each([
    ['{"items": [1,]}', /unexpected "\]"/],
    ['{"a": 1,}', /expected a quoted attribute name/],
    ['{"a" 1}', /expected ":"/],
    ['{"a": 1 "b": 2}', /expected "," or "}"/],
    ['{"items": [1 2]}', /expected "," or "\]" between items/],
    ['{"a": tru}', /in the value starting at byte 6/],
    ['{"a": "unclosed', /ends in the middle/],
    ['{"items": [{"a": 1}', /ends in the middle/],
    ["", /holds no JSON value/],
    ['{"a": {"b": 1]}', /in the value starting at byte 6/],
  ])("refuses %j with a located syntax error", (text, message) => {
    expect(() => scan(text, 2)).toThrow(JsonSyntaxError);
    expect(() => scan(text, 2)).toThrow(message);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels as soon as it is seen`, () => {
    const deep = `{"a": ${"[".repeat(MAX_DEPTH)}`;
    expect(() => scan(deep)).toThrow(JsonDepthError);
    const ok = `{"a": ${"[".repeat(MAX_DEPTH - 1)}${"]".repeat(MAX_DEPTH - 1)}}`;
    expect(scan(ok).fields.a).toBeDefined();
  });

  it("reads a root that is not an object (nothing to hand over) and checks its syntax", () => {
    expect(scan("[1, 2, 3]")).toEqual({ fields: {}, items: [], trailing: false });
    expect(scan("42")).toEqual({ fields: {}, items: [], trailing: false });
    expect(() => scan("[1, 2")).toThrow(/ends in the middle/);
  });
});
