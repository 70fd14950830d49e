// Child process of bench-ingest: ingests one file and prints a JSON line with
// its timing and this process's peak RSS (so each measurement starts cold).
import { ingestFile } from "../../lib/ingest";

const [file, databaseUrl] = process.argv.slice(2);
if (!file || !databaseUrl) {
  console.error("usage: ingest-once <file> <database-url>");
  process.exit(2);
}
const started = process.hrtime.bigint();
const summary = await ingestFile(file, { databaseUrl });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(
  JSON.stringify({
    status: summary.status,
    rows: summary.rows,
    errors: summary.errors ?? 0,
    message: summary.message,
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
