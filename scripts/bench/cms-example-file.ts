// Large test files made from CMS's own v3 tall example (../shared/data, read
// when present), independently of the project's generator, for
// `npm run bench:ingest -- --cms-example repeat|payers`.
//
//   repeat  the example's rows again and again, each copy's descriptions made
//           new ("… variant 7"): few payer rows per item (about 1.8)
//   payers  random items in the example's shape, each with 4 to 8 payers: many
//           payer rows per item, as real hospital files have
//   single  the same with one payer each and every description numbered
//           ("… 12345"): a row per item, the slowest shape per byte
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

export const CMS_TALL_EXAMPLE = path.resolve("../shared/data/cms/v3/tall-example.csv");

const PAYERS = [
  ["Aetna", "PPO"], ["Aetna", "HMO"], ["Cigna", "Open Access"], ["UnitedHealthcare", "Choice Plus"],
  ["Humana", "Medicare Advantage"], ["Blue Cross", "Blue Card PPO"], ["Kaiser", "Gold"], ["Molina", "Medicaid"],
];
const WORDS = "MRI CT scan brain knee hip shoulder repair replacement injection panel blood test view contrast without with office visit level therapy session ultrasound abdomen pelvis chest".split(" ");

/** A deterministic generator (mulberry32), so every run writes the same file. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CMS_EXAMPLE_SHAPES = ["repeat", "payers", "single"] as const;
export type CmsExampleShape = (typeof CMS_EXAMPLE_SHAPES)[number];

export function isCmsExampleShape(shape: string): shape is CmsExampleShape {
  return (CMS_EXAMPLE_SHAPES as readonly string[]).includes(shape);
}

export async function writeCmsExampleFile(file: string, shape: CmsExampleShape, bytes: number): Promise<void> {
  const records = Papa.parse<string[]>(readFileSync(CMS_TALL_EXAMPLE, "utf8"), { skipEmptyLines: true }).data;
  const [row1, row2, row3, ...rows] = records as string[][];
  const columns = row3!.map((c) => c.replace(/\s*\|\s*/g, "|").trim());
  const col = (name: string) => columns.indexOf(name);
  const out = createWriteStream(file);
  let written = 0;
  const write = (cells: (string | number)[]) => {
    const line = Papa.unparse([cells.map(String)], { newline: "\n" }) + "\n";
    written += Buffer.byteLength(line);
    return out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  };
  await write(row1!);
  await write(row2!);
  await write(row3!);
  const random = rng(7);
  for (let copy = 1; written < bytes; copy++) {
    if (shape === "repeat") {
      for (const r of rows) await write(r.map((v, i) => (i === col("description") ? `${v} variant ${copy}` : v)));
      continue;
    }
    const words = Array.from({ length: 4 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
    const description = shape === "single" ? `${words} ${copy}` : words;
    const gross = Math.round(100 + random() * 2_000_000) / 100;
    const payers = shape === "single" ? 1 : 4 + Math.floor(random() * 5);
    const code = String(10000 + Math.floor(random() * 89999));
    for (const [payer, plan] of PAYERS.slice(0, payers)) {
      const cells = columns.map(() => "");
      cells[col("description")] = description;
      cells[col("code|1")] = code;
      cells[col("code|1|type")] = "CPT";
      cells[col("setting")] = "outpatient";
      cells[col("standard_charge|gross")] = gross.toFixed(2);
      cells[col("standard_charge|discounted_cash")] = (gross * 0.6).toFixed(2);
      cells[col("payer_name")] = payer!;
      cells[col("plan_name")] = plan!;
      cells[col("standard_charge|negotiated_dollar")] = (gross * (0.2 + random() * 0.7)).toFixed(2);
      cells[col("standard_charge|methodology")] = "fee schedule";
      cells[col("standard_charge|min")] = (gross * 0.2).toFixed(2);
      cells[col("standard_charge|max")] = (gross * 0.9).toFixed(2);
      await write(cells);
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
