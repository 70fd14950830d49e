// The CMS "TXT file" (cms-hpt.txt) a hospital posts at the root of its site to
// point at its MRFs: one block per location,
//
//   location-name: Example Hospital
//   source-page-url: https://example.org/price-transparency
//   mrf-url: https://example.org/123456789_example-hospital_standardcharges.csv
//   contact-name: Jane Doe
//   contact-email: jane.doe@example.org
//
// with blank lines between blocks. Real files are hand-made, so the parser
// is lenient (case, spaces or underscores in names, CRLF, a BOM, comment
// lines, a missing blank line between blocks) and reports what it skipped
// with line numbers instead of failing the whole file.

export interface CmsHptEntry {
  locationName: string;
  sourcePageUrl: string;
  /** Absolute http(s) URL of the location's MRF. */
  mrfUrl: string;
  contactName: string;
  contactEmail: string;
  /** 1-based line where the location's block starts. */
  line: number;
}

export interface CmsHptProblem {
  /** 1-based line number in the TXT file. */
  line: number;
  message: string;
}

export interface CmsHptTxt {
  entries: CmsHptEntry[];
  problems: CmsHptProblem[];
}

type Field = "locationName" | "sourcePageUrl" | "mrfUrl" | "contactName" | "contactEmail";

const FIELDS: Record<string, Field> = {
  "location-name": "locationName",
  "source-page-url": "sourcePageUrl",
  "mrf-url": "mrfUrl",
  "contact-name": "contactName",
  "contact-email": "contactEmail",
};
const FIELD_NAMES = Object.fromEntries(Object.entries(FIELDS).map(([name, field]) => [field, name])) as Record<
  Field,
  string
>;
const REQUIRED: Field[] = ["locationName", "sourcePageUrl", "contactName", "contactEmail"];
const FIELD_LINE = /^([A-Za-z][A-Za-z0-9 _-]*?)\s*:\s*(.*)$/;
const MAX_PROBLEMS = 50;

function fieldFor(name: string): Field | undefined {
  return FIELDS[name.trim().toLowerCase().replace(/[\s_-]+/g, "-")];
}

function isComment(line: string): boolean {
  return line.startsWith("#") || line.startsWith("//") || line.startsWith(";");
}

function unquote(value: string): string {
  const m = /^(["'<])(.*)(["'>])$/.exec(value);
  if (!m) return value;
  const [, open, inner, close] = m;
  const pairs: Record<string, string> = { '"': '"', "'": "'", "<": ">" };
  return pairs[open!] === close ? inner!.trim() : value;
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

function httpUrl(value: string, base: string | URL | undefined): URL | undefined {
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the first meaningful line is a known cms-hpt.txt field, which is
 * how a TXT file served under another name is told apart from an MRF.
 */
export function looksLikeCmsHptTxt(text: string): boolean {
  for (const raw of splitLines(text.slice(0, 64 * 1024))) {
    const line = raw.trim();
    if (line === "" || isComment(line)) continue;
    const m = FIELD_LINE.exec(line);
    return m !== null && fieldFor(m[1]!) !== undefined;
  }
  return false;
}

/**
 * Parses a cms-hpt.txt. Every block with a usable mrf-url becomes an entry
 * (missing optional-for-us fields are reported and left ""); blocks without
 * one, unknown fields and unreadable lines become problems. Relative mrf-urls
 * resolve against `baseUrl` (the TXT file's own URL) when given.
 */
export function parseCmsHptTxt(text: string, options: { baseUrl?: string | URL } = {}): CmsHptTxt {
  const entries: CmsHptEntry[] = [];
  const problems: CmsHptProblem[] = [];
  let dropped = 0;
  const problem = (line: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
    else dropped += 1;
  };

  const lines = splitLines(text);
  const firstText = lines.findIndex((l) => l.trim() !== "");
  if (firstText >= 0 && lines[firstText]!.trim().startsWith("<")) {
    return {
      entries,
      problems: [{ line: firstText + 1, message: "this is an HTML or XML page, not a cms-hpt.txt file" }],
    };
  }

  let block: { start: number; values: Partial<Record<Field, string>>; lines: Partial<Record<Field, number>> } | undefined;

  const closeBlock = () => {
    if (!block) return;
    const { start, values, lines: at } = block;
    block = undefined;
    const where = values.locationName ? ` ("${values.locationName}")` : "";
    if (!values.mrfUrl) {
      problem(start, `location block${where} has no mrf-url; skipped`);
      return;
    }
    const url = httpUrl(values.mrfUrl, options.baseUrl);
    if (!url) {
      problem(at.mrfUrl ?? start, `mrf-url ${JSON.stringify(values.mrfUrl)} is not an http(s) URL; location skipped`);
      return;
    }
    const missing = REQUIRED.filter((f) => !values[f]);
    if (missing.length) problem(start, `location block${where} is missing ${missing.map((f) => FIELD_NAMES[f]).join(", ")}`);
    if (values.sourcePageUrl && !httpUrl(values.sourcePageUrl, options.baseUrl)) {
      problem(at.sourcePageUrl ?? start, `source-page-url ${JSON.stringify(values.sourcePageUrl)} is not an http(s) URL`);
    }
    if (values.contactEmail && !/^[^\s@]+@[^\s@]+$/.test(values.contactEmail)) {
      problem(at.contactEmail ?? start, `contact-email ${JSON.stringify(values.contactEmail)} is not an email address`);
    }
    entries.push({
      locationName: values.locationName ?? "",
      sourcePageUrl: values.sourcePageUrl ?? "",
      mrfUrl: url.href,
      contactName: values.contactName ?? "",
      contactEmail: values.contactEmail ?? "",
      line: start,
    });
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/^\uFEFF/, "").trim();
    if (line === "") {
      closeBlock();
      return;
    }
    if (isComment(line)) return;
    const m = FIELD_LINE.exec(line);
    if (!m) {
      problem(lineNo, `expected "field: value", got ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)}`);
      return;
    }
    const field = fieldFor(m[1]!);
    if (!field) {
      problem(lineNo, `unknown field "${m[1]}"`);
      return;
    }
    // A field seen twice means a new location began without a blank line:
    // common in hand-edited files, and unambiguous enough to accept.
    if (block && block.values[field] !== undefined) closeBlock();
    block ??= { start: lineNo, values: {}, lines: {} };
    block.values[field] = unquote(m[2]!.trim());
    block.lines[field] = lineNo;
  });
  closeBlock();

  // Block-level problems are found when a block ends; report in file order.
  problems.sort((a, b) => a.line - b.line);
  if (dropped) problems.push({ line: problems.at(-1)?.line ?? 1, message: `… and ${dropped} more problems` });
  return { entries, problems };
}
