// Hostile compressed input through unpackLocalFile and resolveInput: gzip and
// zip bombs (64 MiB of zeros from 65 KiB here; 3 GiB in scripts/fuzz.ts --big),
// lying zip headers, too many entries, truncation, corruption. Each must end
// in a SourceError (yielded as an error item by resolveInput) with memory
// bounded and no temp files left behind.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveInput, SourceError, unpackLocalFile } from "../../lib/ingest/sources";
import {
  ADVERSARIAL,
  DEFAULT_MAX_RSS_MB,
  adversarialCase,
  formatFailures,
  knownAt,
  runCases,
  writeGzipBomb,
  writeZipBomb,
  type CaseResult,
} from "../../lib/mrf/fuzz";

const MiB = 1024 * 1024;
const workDir = mkdtempSync(path.join(os.tmpdir(), "priceline-fuzz-archives-"));
const packedCases = ADVERSARIAL.filter((c) => c.packed && !knownAt(c, "small"));
let results: CaseResult[] = [];

beforeAll(async () => {
  results = await runCases(
    packedCases.map((c) => adversarialCase(c.name, "small")),
    { workDir: path.join(workDir, "run"), concurrency: 2 },
  );
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("fuzz: compressed hostile input", () => {
  it.each(packedCases.map((c) => [c.name, c.about]))("%s (%s): a SourceError or a clean unpack, no leftovers", (name) => {
    const r = results.find((x) => x.id === `${name}@small`);
    expect(r, `${name} has no result`).toBeDefined();
    expect(r!.violations, formatFailures([r!])).toEqual([]);
    if (r!.isolated) expect(r!.maxRssMb).toBeLessThan(DEFAULT_MAX_RSS_MB);
  });

  it("a zip bomb given to resolveInput is one error item (code bomb) naming the file, and nothing stays in the temp root", async () => {
    const tempRoot = mkdtempSync(path.join(workDir, "temp-"));
    const bomb = path.join(workDir, "bomb.zip");
    const size = await writeZipBomb(bomb, { bytes: 256 * MiB });
    expect(size).toBeLessThan(512 * 1024);
    const items = [];
    for await (const item of resolveInput(bomb, { tempRoot })) items.push(item);
    expect(items).toEqual([expect.objectContaining({ kind: "error", code: "bomb", source: bomb })]);
    expect(items[0]!.kind === "error" && items[0]!.message).toMatch(/expands more than 200:1/);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it("a gzip bomb under a small maxBytes fails as too-large before the ratio matters", async () => {
    const tempRoot = mkdtempSync(path.join(workDir, "temp-"));
    const bomb = path.join(workDir, "bomb.csv.gz");
    await writeGzipBomb(bomb, { bytes: 64 * MiB });
    const error = await unpackLocalFile(bomb, { tempRoot, maxBytes: 4 * MiB, ratioGraceBytes: 64 * MiB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: "too-large" });
    expect(readdirSync(tempRoot)).toEqual([]);
  });
});
