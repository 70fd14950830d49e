// Mutators: each turns the bytes of a valid price file into a hostile variant.
// They run in three stages, so structure-aware edits see text they can parse:
//   1. structure (CSV lines and cells, the JSON tree and its text),
//   2. encoding (UTF-16, Latin-1),
//   3. bytes (truncation, flips, inserts, invalid UTF-8, NULs).
// "garbage" replaces the whole file and runs alone.
import type { FuzzRng } from "./rng";
import { Obj, Raw, nested, objects, serialize, slots, toTree, type Node } from "./json-tree";

export type BaseFormat = "csv_tall" | "csv_wide" | "json";
export type Stage = "structure" | "encoding" | "bytes" | "garbage";

/** How large the worst values a mutator makes may get. */
export interface FuzzProfile {
  maxDepth: number;
  maxLongString: number;
  maxShortRows: number;
  maxGarbage: number;
}

/** Quick enough for the test suite (thousands of mutations a minute), below the sizes of the named adversarial cases. */
export const SMALL_PROFILE: FuzzProfile = { maxDepth: 1_500, maxLongString: 64 * 1024, maxShortRows: 5_000, maxGarbage: 64 * 1024 };
export const FULL_PROFILE: FuzzProfile = { maxDepth: 50_000, maxLongString: 4 * 1024 * 1024, maxShortRows: 200_000, maxGarbage: 1024 * 1024 };

export interface Mutator {
  name: string;
  stage: Stage;
  /** The base formats it applies to (all when absent). */
  formats?: readonly BaseFormat[];
  apply(input: Buffer, rng: FuzzRng, profile: FuzzProfile): Buffer;
}

const CSV: readonly BaseFormat[] = ["csv_tall", "csv_wide"];
const JSON_ONLY: readonly BaseFormat[] = ["json"];
const ITEMS = "standard_charge_information";

// ---- byte helpers ---------------------------------------------------------------

function splice(buf: Buffer, at: number, remove: number, insert: Buffer = Buffer.alloc(0)): Buffer {
  const a = Math.max(0, Math.min(at, buf.length));
  const b = Math.max(a, Math.min(a + remove, buf.length));
  return Buffer.concat([buf.subarray(0, a), insert, buf.subarray(b)]);
}

function positions(buf: Buffer, test: (byte: number, i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < buf.length; i++) if (test(buf[i]!, i)) out.push(i);
  return out;
}

const cut = (buf: Buffer, at: number) => buf.subarray(0, Math.max(0, Math.min(at, buf.length)));
const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const isCsvSyntax = (b: number) => b === COMMA || b === QUOTE || b === LF || b === CR;

// Bytes that are not UTF-8: a lone continuation byte, overlong forms, a UTF-16
// surrogate encoded in UTF-8, code points past U+10FFFF, 0xFE/0xFF, sequences cut short.
const INVALID_UTF8: readonly number[][] = [
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];
const MULTIBYTE = ["é", "€", "😀", "ñ", "中", "\u{10ffff}"];
const INTERESTING_BYTES = [0x00, 0xff, 0x22, 0x2c, 0x0a, 0x0d, 0x7b, 0x7d, 0x5b, 0x5d, 0x3a, 0x5c, 0x80, 0xc0, 0xef, 0xfe, 0x7c, 0x20];

// ---- CSV helpers ----------------------------------------------------------------

const HOSTILE_CELLS = [
  "", " ", "0", "-0", "-1", "1e400", "1e-400", "NaN", "Infinity", "-Infinity", "0x1F", "1_000", "１２３", '"1,000"', "$5", "9".repeat(400),
  "1.", ".5", "+5", "٣", "\u202eevil", '=HYPERLINK("http://x")', "@SUM(1)", '"', '""', '"a"b"', "__proto__", "constructor", "toString",
  "hasOwnProperty", "inpatient", "other", "NDC", "ndc", "2/30/2024", "02/29/2023", "2026-13-01", "10000-01-01", "0000-00-00", "true",
  "TRUE", "yes", "\u0000", "a|b|c", "|", "||||", "CPT|HCPCS", "1 through 10", "0 through 10", "\t", "\uFEFF", "é", "😀",
];
const HOSTILE_HEADERS = [
  "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "constructor|payer|plan", "__proto__|payer|plan",
  "standard_charge|__proto__|plan|negotiated_dollar", "standard_charge|payer|__proto__|constructor", "standard_charge|constructor|toString",
  "code|99999999999999999999", "code|-1", "code|1|type|extra", "code|1e3", "code|0", "code|1", "code|1|type", "license_number|__",
  "license_number|constructor", "", "description", "setting", "payer_name", "version", "hospital_name", "last_updated_on",
  "standard_charge|gross", "standard_charge|negotiated_dollar", "median_amount|a|b", "count|constructor", "DESCRIPTION ", " Code | 1 ",
];
const SHORT_ROWS = ["", ",", "a", '""', ",,,,", "\r", " ", '"\n"', "a,b"];

function lines(buf: Buffer): string[] {
  return buf.toString("utf8").split("\n");
}
const fromLines = (ls: string[]) => Buffer.from(ls.join("\n"), "utf8");

function editCell(ls: string[], rng: FuzzRng, rows: "header" | "any", value: (rng: FuzzRng) => string): string[] {
  if (ls.length === 0) return ls;
  const r = rows === "header" ? rng.pick([0, 2].filter((i) => i < ls.length)) : rng.chance(0.1) ? rng.below(Math.min(3, ls.length)) : rng.below(ls.length);
  const cells = (ls[r] ?? "").split(",");
  cells[rng.below(cells.length)] = value(rng);
  ls[r] = cells.join(",");
  return ls;
}

// ---- JSON helpers ---------------------------------------------------------------

const HOSTILE_JSON: readonly (() => Node)[] = [
  () => null, () => true, () => false, () => 0, () => -1, () => 1.5, () => "", () => " ", () => "x", () => "0", () => "-1", () => "abc",
  () => "1e3", () => "$5", () => [], () => new Obj(), () => [null], () => [[]], () => [new Obj()], () => new Obj([["a", 1]]),
  () => new Raw("1e999"), () => new Raw("-0"), () => new Raw("1e-999"), () => new Raw("123456789012345678901234567890"),
  () => new Raw("0.000000000000000000000000001"), () => new Raw("-1e999"), () => "\u0000", () => "\ud800", () => "é", () => "😀",
  () => "<script>alert(1)</script>", () => "' OR 1=1 --", () => "__proto__", () => "constructor", () => "2026-02-30", () => "9999-99-99",
  () => "inpatient", () => "other", () => "ndc", () => "NDC", () => "CPT", () => "3.0.0", () => "2.2.0", () => "1 through 10",
];
const PROTO_KEYS = ["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf", "__defineGetter__", "isPrototypeOf"];
const EDGE_NUMBERS = ["1e999", "-1e999", "-0", "1e-999", "123456789012345678901234567890", "0.1e1", "4.9e-324", "1.7976931348623157e308", "9007199254740993"];
const BAD_NUMBERS = ["00", "-", "1.", ".5", "NaN", "Infinity", "+1", "0x10", "1e", "--1", "1.2.3"];

const hostile = (rng: FuzzRng): Node => rng.pick(HOSTILE_JSON)();

/** Parses the JSON, edits the tree and serializes it again; leaves unparseable input alone. */
function editJson(input: Buffer, edit: (root: Node) => Node | void): Buffer {
  let root: Node;
  try {
    root = toTree(JSON.parse(input.toString("utf8").replace(/^\uFEFF/, "")));
  } catch {
    return input;
  }
  const out = edit(root);
  return Buffer.from(serialize(out === undefined ? root : out, true), "utf8");
}

function longString(rng: FuzzRng, n: number): Raw {
  const unit = rng.pick(["a", "\\n", "\\u00e9", "é", "\\ud83d\\ude00", "\\ud800", "\\\\", '\\"', "😀"]);
  return new Raw(`"${unit.repeat(Math.max(1, Math.floor(n / unit.length)))}"`);
}

// ---- the mutators ---------------------------------------------------------------

export const MUTATORS: readonly Mutator[] = [
  // Stage 1: CSV structure
  {
    name: "csv-hostile-cell",
    stage: "structure",
    formats: CSV,
    apply: (input, rng) => {
      let ls = lines(input);
      for (let k = rng.int(1, 6); k > 0; k--) ls = editCell(ls, rng, "any", (r) => r.pick(HOSTILE_CELLS));
      return fromLines(ls);
    },
  },
  {
    name: "csv-hostile-header",
    stage: "structure",
    formats: CSV,
    apply: (input, rng) => {
      let ls = lines(input);
      for (let k = rng.int(1, 4); k > 0; k--) ls = editCell(ls, rng, "header", (r) => r.pick(HOSTILE_HEADERS));
      return fromLines(ls);
    },
  },
  {
    name: "csv-column-shift",
    stage: "structure",
    formats: CSV,
    apply: (input, rng) => {
      const ls = lines(input);
      for (let k = rng.int(1, 5); k > 0 && ls.length; k--) {
        const r = rng.below(ls.length);
        const line = ls[r]!;
        const commas = positions(Buffer.from(line), (b) => b === COMMA);
        const choice = rng.below(3);
        if (choice === 0 && commas.length) {
          const at = rng.pick(commas);
          ls[r] = line.slice(0, at) + line.slice(at + 1);
        } else if (choice === 1) {
          const at = rng.below(line.length + 1);
          ls[r] = `${line.slice(0, at)},${line.slice(at)}`;
        } else {
          ls[r] = line + ",".repeat(rng.size(1, 2000));
        }
      }
      return fromLines(ls);
    },
  },
  {
    name: "csv-row-ops",
    stage: "structure",
    formats: CSV,
    apply: (input, rng) => {
      const ls = lines(input);
      if (ls.length === 0) return input;
      const a = rng.below(ls.length);
      const b = rng.below(ls.length);
      switch (rng.below(5)) {
        case 0:
          ls.splice(b, 0, ls[a]!); // duplicate a line (maybe a header row)
          break;
        case 1:
          ls.splice(a, 1); // drop a line (maybe a header row)
          break;
        case 2:
          [ls[a], ls[b]] = [ls[b]!, ls[a]!];
          break;
        case 3:
          ls.splice(b, 0, ...ls.slice(0, 3)); // the header block again, mid-file
          break;
        default:
          ls.splice(0, Math.min(3, ls.length)); // no header block at all
      }
      return fromLines(ls);
    },
  },
  {
    name: "csv-unbalanced-quote",
    stage: "structure",
    formats: CSV,
    apply: (input, rng) => {
      let out = input;
      for (let k = rng.int(1, 3); k > 0; k--) {
        const choice = rng.below(4);
        if (choice === 0) {
          const starts = positions(out, (b) => b === COMMA || b === LF);
          const at = starts.length ? rng.pick(starts) + 1 : 0;
          out = splice(out, at, 0, Buffer.from('"')); // opens a quote that never closes
        } else if (choice === 1) {
          const quotes = positions(out, (b) => b === QUOTE);
          if (quotes.length) out = splice(out, rng.pick(quotes), 1);
        } else if (choice === 2) {
          out = splice(out, rng.below(out.length + 1), 0, Buffer.from('"')); // a quote mid-field
        } else {
          out = splice(out, rng.below(out.length + 1), 0, Buffer.from('"abc"def,"')); // text after a closing quote
        }
      }
      return out;
    },
  },
  {
    name: "csv-many-short-rows",
    stage: "structure",
    formats: CSV,
    apply: (input, rng, profile) => {
      const ls = lines(input);
      const row = rng.pick(SHORT_ROWS);
      const n = rng.size(100, profile.maxShortRows);
      const at = rng.int(Math.min(3, ls.length), ls.length);
      return fromLines([...ls.slice(0, at), ...new Array<string>(n).fill(row), ...ls.slice(at)]);
    },
  },
  {
    name: "csv-line-endings",
    stage: "structure",
    formats: CSV,
    apply: (input, rng) => {
      const text = input.toString("utf8");
      const choice = rng.below(4);
      if (choice === 0) return Buffer.from(text.replace(/\n/g, "\r\n"));
      if (choice === 1) return Buffer.from(text.replace(/\n/g, "\r"));
      if (choice === 2) return Buffer.from(text.replace(/\n/g, () => rng.pick(["\n", "\r\n", "\r", "\n\r", "\r\r\n"])));
      return Buffer.from(text.replace(/\n/g, "")); // one giant record
    },
  },
  // Stage 1: JSON structure
  {
    name: "json-wrong-types",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng) =>
      editJson(input, (root) => {
        const all = slots(root);
        for (let k = rng.int(1, 8); k > 0 && all.length; k--) rng.pick(all).set(hostile(rng));
      }),
  },
  {
    name: "json-duplicate-keys",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng) =>
      editJson(input, (root) => {
        const objs = objects(root).filter((o) => o.entries.length > 0);
        for (let k = rng.int(1, 5); k > 0 && objs.length; k--) {
          const o = rng.pick(objs);
          const [key] = rng.pick(o.entries);
          o.entries.splice(rng.below(o.entries.length + 1), 0, [key, hostile(rng)]);
        }
      }),
  },
  {
    name: "json-proto-keys",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng) =>
      editJson(input, (root) => {
        const objs = objects(root);
        for (let k = rng.int(1, 5); k > 0 && objs.length; k--) {
          const value = rng.chance(0.5) ? new Obj([["hospital_name", "Polluted"], ["version", "3.0.0"], ["description", "x"], ["setting", "both"]]) : hostile(rng);
          rng.pick(objs).entries.unshift([rng.pick(PROTO_KEYS), value]);
        }
      }),
  },
  {
    name: "json-header-last",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input) =>
      editJson(input, (root) => {
        if (!(root instanceof Obj)) return;
        const i = root.entries.findIndex(([k]) => k === ITEMS);
        if (i > 0) root.entries.unshift(...root.entries.splice(i, 1));
      }),
  },
  {
    name: "json-items-not-a-list",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng) =>
      editJson(input, (root) => {
        if (!(root instanceof Obj)) return;
        const entry = root.entries.find(([k]) => k === ITEMS);
        if (!entry) return;
        const items = Array.isArray(entry[1]) ? entry[1] : [];
        entry[1] = rng.pick<() => Node>([
          () => new Obj(items.map((v, i) => [String(i), v])),
          () => hostile(rng),
          () => [...items, ...items.map(() => hostile(rng))],
          () => items.map(() => hostile(rng)),
        ])();
      }),
  },
  {
    name: "json-deep-value",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng, profile) =>
      editJson(input, (root) => {
        const depth = rng.size(10, profile.maxDepth);
        const deep = nested(depth, rng.pick(["array", "object", "mixed"] as const), rng.chance(0.8));
        const all = slots(root);
        if (all.length === 0 || rng.chance(0.05)) return deep;
        rng.pick(all).set(deep);
      }),
  },
  {
    name: "json-long-string",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng, profile) =>
      editJson(input, (root) => {
        const all = slots(root);
        const strings = all.filter((s) => typeof s.get() === "string");
        const target = strings.length && rng.chance(0.7) ? rng.pick(strings) : all.length ? rng.pick(all) : undefined;
        target?.set(longString(rng, rng.size(1024, profile.maxLongString)));
      }),
  },
  {
    name: "json-number-edge",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng) =>
      editJson(input, (root) => {
        const all = slots(root);
        const numbers = all.filter((s) => typeof s.get() === "number");
        for (let k = rng.int(1, 4); k > 0; k--) {
          const target = numbers.length && rng.chance(0.7) ? rng.pick(numbers) : all.length ? rng.pick(all) : undefined;
          target?.set(new Raw(rng.chance(0.8) ? rng.pick(EDGE_NUMBERS) : rng.pick(BAD_NUMBERS)));
        }
      }),
  },
  {
    name: "json-text-structure",
    stage: "structure",
    formats: JSON_ONLY,
    apply: (input, rng) => {
      const structural = positions(input, (b) => b === 0x2c || b === 0x3a || b === 0x7b || b === 0x7d || b === 0x5b || b === 0x5d || b === QUOTE);
      switch (rng.below(7)) {
        case 0:
          return structural.length ? splice(input, rng.pick(structural), 1) : input;
        case 1:
          return splice(input, rng.below(input.length + 1), 0, Buffer.from(rng.pick([",", ":", "{", "}", "[", "]", '"', "\\"])));
        case 2: {
          const closers = positions(input, (b) => b === 0x7d || b === 0x5d);
          return closers.length ? splice(input, rng.pick(closers), 0, Buffer.from(",")) : input;
        }
        case 3:
          return Buffer.concat([input, Buffer.from(rng.pick([" {}", "x", "\n\n]", "\u0000", ",", '"unterminated']))]);
        case 4:
          return Buffer.concat([input, input]); // two documents
        case 5:
          return Buffer.concat([Buffer.from(rng.pick([")]}'\n", "\u0000", "null", " \n\t", "//comment\n", "/*x*/"])), input]);
        default:
          return Buffer.from(rng.pick(["42", '"str"', "null", "true", "[]", "{}", "[1,2,3]", '{"":{}}', "-", "[,]", "{,}"]));
      }
    },
  },
  // Stage 2: encodings
  {
    name: "encode-utf16",
    stage: "encoding",
    apply: (input, rng) => {
      const text = input.toString("utf8");
      const le = Buffer.from(text, "utf16le");
      const bigEndian = rng.chance(0.5);
      const body = bigEndian ? Buffer.from(le).swap16() : le;
      const bom = rng.chance(0.5) ? Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0);
      return Buffer.concat([bom, body]);
    },
  },
  {
    name: "encode-latin1",
    stage: "encoding",
    apply: (input, rng) => {
      let text = input.toString("utf8");
      for (let k = rng.int(1, 20); k > 0; k--) {
        const at = rng.below(text.length + 1);
        text = text.slice(0, at) + rng.pick(["é", "ñ", "ü", "©", "½", "Ø", "ÿ", "café"]) + text.slice(at);
      }
      return Buffer.from(text, "latin1");
    },
  },
  {
    name: "encode-utf32-bom",
    stage: "encoding",
    apply: (input, rng) => Buffer.concat([Buffer.from(rng.pick([[0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]])), input]),
  },
  // Stage 3: bytes
  { name: "truncate", stage: "bytes", apply: (input, rng) => cut(input, rng.below(input.length + 1)) },
  { name: "truncate-tiny", stage: "bytes", apply: (input, rng) => cut(input, rng.below(17)) },
  {
    name: "truncate-mid-field",
    stage: "bytes",
    formats: CSV,
    apply: (input, rng) => {
      const inside = positions(input, (b, i) => i > 0 && !isCsvSyntax(b) && !isCsvSyntax(input[i - 1]!));
      return inside.length ? cut(input, rng.pick(inside)) : input;
    },
  },
  {
    name: "truncate-mid-quote",
    stage: "bytes",
    formats: CSV,
    apply: (input, rng) => {
      const quotes = positions(input, (b) => b === QUOTE);
      return quotes.length ? cut(input, rng.pick(quotes) + 1 + rng.below(6)) : input;
    },
  },
  {
    name: "truncate-mid-token",
    stage: "bytes",
    formats: JSON_ONLY,
    apply: (input, rng) => {
      // Inside a string, a number, or a true/false/null keyword.
      const starts = positions(input, (b, i) => (b === QUOTE && i + 1 < input.length) || (b >= 0x30 && b <= 0x39) || b === 0x74 || b === 0x66 || b === 0x6e);
      return starts.length ? cut(input, rng.pick(starts) + 1 + rng.below(3)) : input;
    },
  },
  {
    name: "truncate-mid-utf8",
    stage: "bytes",
    apply: (input, rng) => {
      const char = Buffer.from(rng.pick(MULTIBYTE.filter((c) => Buffer.byteLength(c) > 1)), "utf8");
      const at = rng.below(input.length + 1);
      return cut(splice(input, at, 0, char), at + rng.int(1, char.length - 1));
    },
  },
  {
    name: "bit-flip",
    stage: "bytes",
    apply: (input, rng) => {
      const out = Buffer.from(input);
      for (let k = rng.int(1, 16); k > 0 && out.length; k--) {
        const i = rng.below(out.length);
        out[i] = out[i]! ^ (1 << rng.below(8));
      }
      return out;
    },
  },
  {
    name: "byte-interesting",
    stage: "bytes",
    apply: (input, rng) => {
      const out = Buffer.from(input);
      for (let k = rng.int(1, 16); k > 0 && out.length; k--) out[rng.below(out.length)] = rng.pick(INTERESTING_BYTES);
      return out;
    },
  },
  {
    name: "byte-insert",
    stage: "bytes",
    apply: (input, rng) => {
      let out = input;
      for (let k = rng.int(1, 4); k > 0; k--) out = splice(out, rng.below(out.length + 1), 0, rng.bytes(rng.int(1, 64)));
      return out;
    },
  },
  {
    name: "byte-delete",
    stage: "bytes",
    apply: (input, rng) => {
      let out = input;
      for (let k = rng.int(1, 4); k > 0 && out.length; k--) out = splice(out, rng.below(out.length), rng.size(1, 256));
      return out;
    },
  },
  {
    name: "chunk-duplicate",
    stage: "bytes",
    apply: (input, rng) => {
      if (input.length === 0) return input;
      const from = rng.below(input.length);
      const chunk = Buffer.from(input.subarray(from, from + rng.size(1, 4096)));
      return splice(input, rng.below(input.length + 1), 0, chunk);
    },
  },
  {
    name: "invalid-utf8",
    stage: "bytes",
    apply: (input, rng) => {
      let out = input;
      for (let k = rng.int(1, 8); k > 0; k--) out = splice(out, rng.below(out.length + 1), 0, Buffer.from(rng.pick(INVALID_UTF8)));
      return out;
    },
  },
  {
    name: "nul-bytes",
    stage: "bytes",
    apply: (input, rng) => {
      if (rng.chance(0.2)) {
        const out = Buffer.from(input);
        for (let i = 0; i < out.length; i++) if (out[i] === COMMA || out[i] === 0x3a) out[i] = 0; // separators become NUL
        return out;
      }
      let out = input;
      for (let k = rng.int(1, 4); k > 0; k--) out = splice(out, rng.below(out.length + 1), 0, Buffer.alloc(rng.size(1, 1000)));
      return out;
    },
  },
  {
    name: "bom-games",
    stage: "bytes",
    apply: (input, rng) => {
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      switch (rng.below(4)) {
        case 0:
          return Buffer.concat([bom, bom, input]);
        case 1:
          return splice(input, rng.below(input.length + 1), 0, bom);
        case 2:
          return Buffer.concat([Buffer.from([0xff, 0xfe]), input]);
        default:
          return Buffer.concat([bom.subarray(0, rng.int(1, 2)), input]); // half a BOM
      }
    },
  },
  // Whole-file garbage
  {
    name: "garbage",
    stage: "garbage",
    apply: (_input, rng, profile) => {
      const n = rng.size(1, profile.maxGarbage);
      const soup = (alphabet: string) => Buffer.from(Array.from({ length: n }, () => alphabet[rng.below(alphabet.length)]).join(""), "utf8");
      switch (rng.below(9)) {
        case 0:
          return rng.bytes(n);
        case 1:
          return soup('{}[]:,"0123456789.-eEtruefalsn \\u\n');
        case 2:
          return soup('abc,,,""\n\r\r\n|');
        case 3:
          return Buffer.alloc(0);
        case 4:
          return Buffer.from(" \n\t\r".repeat(Math.ceil(n / 4)));
        case 5:
          return Buffer.from([0xef, 0xbb, 0xbf]);
        case 6:
          return Buffer.from(rng.pick(["{", "[", '"', "{]", "[}", '{"":', "\uFEFF{", "\u0000"]));
        case 7:
          return Buffer.concat([Buffer.from("{"), rng.bytes(n)]);
        default:
          return Buffer.concat([Buffer.from("hospital_name,last_updated_on,version\n"), rng.bytes(n)]);
      }
    },
  },
];

const STAGE_ORDER: Record<Stage, number> = { garbage: 0, structure: 1, encoding: 2, bytes: 3 };

export interface Mutated {
  bytes: Buffer;
  /** The mutators applied, in order. */
  steps: string[];
}

/**
 * Applies 1–3 mutators suited to the format, in stage order ("havoc"): at most
 * one structural edit and one re-encoding, then byte-level damage. Garbage
 * (whole-file replacement) is drawn alone.
 */
export function mutate(input: Buffer, format: BaseFormat, rng: FuzzRng, profile: FuzzProfile = SMALL_PROFILE): Mutated {
  const usable = MUTATORS.filter((m) => !m.formats || m.formats.includes(format));
  const byStage = (stage: Stage) => usable.filter((m) => m.stage === stage);
  const chosen: Mutator[] = [];
  if (rng.chance(0.04)) {
    chosen.push(rng.pick(byStage("garbage")));
  } else {
    if (rng.chance(0.6)) chosen.push(rng.pick(byStage("structure")));
    if (rng.chance(0.12)) chosen.push(rng.pick(byStage("encoding")));
    const bytes = byStage("bytes");
    const n = chosen.length === 0 ? rng.int(1, 2) : rng.below(3);
    for (let k = 0; k < n; k++) chosen.push(rng.pick(bytes));
  }
  chosen.sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]);
  let bytes = input;
  for (const m of chosen) bytes = m.apply(bytes, rng, profile);
  return { bytes, steps: chosen.map((m) => m.name) };
}

export function mutatorNamed(name: string): Mutator {
  const m = MUTATORS.find((x) => x.name === name);
  if (!m) throw new Error(`no mutator named ${name}`);
  return m;
}
