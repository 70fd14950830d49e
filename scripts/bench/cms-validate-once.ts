// Child process of bench-ingest: CMS's own validator (@cmsgov/hpt-validator) on
// one file, timed, with this process's peak RSS.
import { createReadStream } from "node:fs";
import { validateCsv, validateJson } from "@cmsgov/hpt-validator";

const [file, version = "3.0.0"] = process.argv.slice(2);
if (!file) {
  console.error("usage: cms-validate-once <file> [version]");
  process.exit(2);
}
const stream = createReadStream(file, { encoding: "utf8" });
const started = process.hrtime.bigint();
const result = file.endsWith(".json") ? await validateJson(stream, version) : await validateCsv(stream, version);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(
  JSON.stringify({ valid: result.valid, errors: result.errors.length, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
