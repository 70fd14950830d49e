// On an empty database, generates the demo hospitals' price files and loads them
// through the same ingestion path as real files.
import pg from "pg";
import { ingestFile } from "../ingest";
import { generateDemoSet } from "../mrf/generator";

export const DEMO_DIR = ".data/demo";

export async function ensureDemoData(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let hospitals: number;
  try {
    hospitals = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM hospitals`)).rows[0]!.n;
  } finally {
    await client.end();
  }
  if (hospitals > 0) {
    log(`Database holds ${hospitals} hospital(s); skipping demo data.`);
    return;
  }
  log(`Empty database: generating demo price files in ${DEMO_DIR} and ingesting them …`);
  const files = await generateDemoSet({ outDir: DEMO_DIR });
  for (const file of files) {
    const summary = await ingestFile(file.path, { databaseUrl, demo: true });
    if (summary.status === "failed") throw new Error(`Demo data failed to load: ${summary.message}`);
    log(`  ${summary.status.padEnd(9)} ${file.hospitalName} (${summary.format}, ${summary.rows} rows)`);
  }
  log(`Demo data loaded: ${files.length} demo hospitals.`);
}
