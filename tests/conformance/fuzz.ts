// Seeded random edits for the conformance suite: several cells (CSV) or
// attributes (JSON) of a valid base file set to values that often break a
// rule, so both validators meet combinations no hand-written case covers.
import type { Base, Doc, Rows } from "./fixtures";

/** Small deterministic PRNG (LCG), so a failing case can be replayed by seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 0x100000000;
  };
}

const CSV_VALUES = ["", "", "", "0", "-1", "abc", "999999999", "other", "OTHER", "NDC", "ndc", "1 through 10", "10", "11", " inpatient ", "both", "1.", ".5", "1e3", "$5", "ML", "mg", "CPT", "cmg", "fee schedule", "00", "true", "false", "2026-02-29", "2/29/2024"];
const JSON_VALUES: unknown[] = ["", "x", 0, -1, 5, 999999999, "999999999", "other", "NDC", "1 through 10", "10", "0", "11", null, [], {}, true, false, "inpatient", "CPT", "ML", "2026-02-30", [""], "fee schedule", 1.5, "1.5"];

/** Edits 1–4 cells of a copy of the rows; the version cell is left alone (it decides which rules apply). */
export function fuzzCsv(base: Base, random: () => number): { rows: Rows; edits: string[] } {
  const rows = base.rows!.map((r) => r.slice());
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const versionColumn = rows[0]!.findIndex((h) => h.trim().toLowerCase() === "version");
  const edits: string[] = [];
  const n = 1 + Math.floor(random() * 4);
  for (let e = 0; e < n; e++) {
    const r = random() < 0.08 ? Math.floor(random() * 3) : 3 + Math.floor(random() * (rows.length - 3));
    const c = Math.floor(random() * rows[2]!.length);
    if (r === 1 && c === versionColumn) continue;
    const value = pick(CSV_VALUES);
    rows[r]![c] = value;
    edits.push(`row ${r + 1} ${rows[2]![c]} = ${JSON.stringify(value)}`);
  }
  return { rows, edits };
}

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === "object") {
    for (const key of Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)) {
      out.push([...prefix, key]);
      paths((value as Record<string | number, unknown>)[key], [...prefix, key], out);
    }
  }
  return out;
}

/** Deletes or replaces 1–3 attributes of a copy of the document (never "version"). */
export function fuzzJson(base: Base, random: () => number): { doc: Doc; edits: string[] } {
  const doc = structuredClone(base.doc);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const all = paths(doc).filter((p) => p[0] !== "version" && p[0] !== "general_contract_provisions");
  const edits: string[] = [];
  const n = 1 + Math.floor(random() * 3);
  for (let e = 0; e < n; e++) {
    const path = pick(all);
    let parent: Doc = doc;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (!parent || typeof parent !== "object") continue;
    const key = path[path.length - 1]!;
    if (random() < 0.35 && !Array.isArray(parent)) {
      delete parent[key];
      edits.push(`delete ${path.join(".")}`);
    } else {
      const value = structuredClone(pick(JSON_VALUES));
      parent[key] = value;
      edits.push(`${path.join(".")} = ${JSON.stringify(value)}`);
    }
  }
  return { doc, edits };
}
