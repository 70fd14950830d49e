// Applies one mutation to its base and runs both validators on the result.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { validateFile, type ValidationReport } from "../../lib/mrf/validate";
import { runCms, type CmsResult } from "./cms";
import { writeCsv, type Base } from "./fixtures";
import type { Mutation } from "./mutations";

export interface MutationRun {
  file: string;
  ours: ValidationReport;
  cms: CmsResult;
  format: "csv" | "json";
}

export async function runMutation(m: Mutation, base: Base, dir: string, n: number): Promise<MutationRun> {
  let text: string;
  if (base.format === "csv") {
    const rows = base.rows!.map((r) => r.slice());
    m.csv?.(rows);
    text = writeCsv(rows);
  } else {
    const doc = structuredClone(base.doc);
    m.json?.(doc);
    text = JSON.stringify(doc, null, 1);
  }
  if (m.text) text = m.text(text);
  const file = join(dir, `case-${n}.${base.format}`);
  await writeFile(file, text);
  const ours = await validateFile(file);
  const cms = await runCms(file, base.format, m.cmsVersion ?? ours.version ?? base.version);
  return { file, ours, cms, format: base.format };
}
