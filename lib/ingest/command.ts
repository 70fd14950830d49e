// `priceline ingest <file>... [--json] [--demo]`
// Human-readable lines on stdout; with --json the last stdout line is a JSON summary.
// Database set-up chatter goes to stderr so stdout stays machine-readable.
import path from "node:path";
import { parseArgs } from "node:util";
import { singleEventBatches, type ReadOptions } from "../mrf";
import { loadMapping, readLegacyFile, type LegacyMapping } from "../mrf/legacy";
import { MrfError } from "../mrf/types";
import { resolveInput } from "./sources";
import { prepareDatabase } from "../setup/database";
import { ingestFile, type IngestSummary } from "./ingest-file";
import { createProgressReporter } from "./progress";
import { saveRunSeparately } from "./runs";

const HELP = `Usage: npm run priceline -- ingest <file|url|cms-hpt.txt>... [--json] [--strict] [--demo] [--mapping <file>]

Loads CMS machine-readable price files (tall or wide CSV, or JSON) into the
database. Each input is a local path, an http(s) URL (gzip and zip are unpacked
on the fly), or a hospital's cms-hpt.txt, whose listed MRFs are each loaded. The
database is DATABASE_URL, or the embedded PostgreSQL when none is set. Each file
loads in one transaction: on any error nothing of it is kept. A file already
loaded (same SHA-256) is skipped. Every attempt is recorded as an ingestion run.

Options:
  --json     print a JSON summary as the last line of output
  --strict   refuse a file with any validation error (default: lenient, which
             loads the valid rows and sets invalid ones aside with their reasons)
  --demo     label the hospitals as demo data
  --mapping  a legacy-layout mapping (YAML or JSON, see docs/legacy-mappings.md)
             for files that do not follow the CMS template
  --help     show this help

Exit codes: 0 every file loaded or skipped, 1 a file failed, 2 bad usage.`;

/** The file name of a path or URL, as runs name the files they load ("standardcharges.csv"). */
function fileName(source: string): string {
  try {
    const url = new URL(source);
    return path.posix.basename(url.pathname) || url.hostname;
  } catch {
    return path.basename(source);
  }
}

export async function runIngestCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        strict: { type: "boolean" },
        demo: { type: "boolean" },
        mapping: { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(HELP);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(`Name at least one file to ingest.\n\n${HELP}`);
    return 2;
  }

  let mapping: LegacyMapping | undefined;
  if (parsed.values.mapping) {
    try {
      mapping = await loadMapping(parsed.values.mapping);
    } catch (error) {
      console.error(error instanceof MrfError ? error.describe() : (error as Error).message);
      return 2;
    }
    for (const placeholder of mapping.placeholders ?? []) {
      console.error(`note: the mapping's ${placeholder} is a placeholder, not the hospital's real value`);
    }
  }

  const db = await prepareDatabase((line) => console.error(line));
  const summaries: IngestSummary[] = [];
  try {
    const options = {
      databaseUrl: db.migrationUrl,
      demo: parsed.values.demo ?? false,
      mode: (parsed.values.strict ? "strict" : "lenient") as "strict" | "lenient",
      ...(mapping && {
        reader: (p: string, o: ReadOptions) => singleEventBatches(readLegacyFile(p, mapping, o)),
      }),
    };
    for (const input of parsed.positionals) {
      // A path, an http(s) URL (gzip/zip unpacked on the fly) or a hospital's
      // cms-hpt.txt, which lists one or more MRFs.
      // When the next file (or failure) was asked for: a failure's run takes the time it took.
      let askedAt = new Date();
      for await (const item of resolveInput(input)) {
        if (item.kind === "error") {
          const where = item.line ? ` (line ${item.line})` : "";
          const summary: IngestSummary = {
            status: "failed", file: item.source, rows: 0, items: 0, durationMs: Date.now() - askedAt.getTime(), message: `${item.message}${where}`,
          };
          // A download that failed or a malformed cms-hpt.txt block is an attempt too: the operator's run list shows it.
          summary.runId = await saveRunSeparately(options.databaseUrl, {
            summary: { ...summary, file: fileName(item.source) }, source: item.source, mode: options.mode, bytes: 0, rowsRead: 0, startedAt: askedAt,
          });
          summaries.push(summary);
          console.log(`FAILED    ${item.source}${where}: ${item.message}`);
          askedAt = new Date();
          continue;
        }
        const label = item.source === input ? input : `${input} → ${item.source}`;
        const progress = createProgressReporter(path.basename(item.path), { tty: Boolean(process.stderr.isTTY) });
        const summary = await ingestFile(item.path, {
          ...options,
          source: mapping?.source?.url ?? (item.source === item.path ? undefined : item.source),
          onProgress: (p) => progress.update(p),
        });
        progress.stop();
        summaries.push(summary);
        const what = summary.hospital ? ` ${summary.hospital.name}` : "";
        const detail = summary.message ? ` — ${summary.message}` : "";
        console.log(
          `${summary.status.toUpperCase().padEnd(9)} ${label}${what}: ${summary.rows} rows, ${summary.items} items in ${summary.durationMs} ms${detail}`,
        );
        askedAt = new Date();
      }
    }
  } finally {
    await db.stop();
  }

  const failed = summaries.some((s) => s.status === "failed");
  if (parsed.values.json) {
    const first = summaries[0]!;
    const json =
      summaries.length === 1
        ? first
        : {
            status: failed ? "failed" : summaries.every((s) => s.status === "skipped") ? "skipped" : "succeeded",
            rows: summaries.reduce((n, s) => n + s.rows, 0),
            items: summaries.reduce((n, s) => n + s.items, 0),
            files: summaries,
          };
    console.log(JSON.stringify(json));
  }
  return failed ? 1 : 0;
}
