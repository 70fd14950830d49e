// Pulling the one MRF out of a zip archive. yauzl reads the central directory
// and streams a single entry, so memory stays flat whatever the archive size;
// sizes are checked both as declared (cheap, before any work) and as actually
// produced (declared sizes can lie).
import { createWriteStream } from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import yauzl from "yauzl";
import { errorText, SourceError } from "./errors";
import { checkRatio, guardOutput, tooLarge, type SizeLimits } from "./limits";
import type { TempDir } from "./temp";

const MRF_EXTENSIONS = new Set([".csv", ".json"]);
// An archive with more entries than this is not a hospital's price file.
const MAX_ENTRIES = 10_000;
const LISTED_NAMES = 20;

export interface ExtractedEntry {
  path: string;
  entryName: string;
}

function isNoise(name: string): boolean {
  // macOS resource forks and dotfiles ride along in archives made on a Mac.
  return name.startsWith("__MACOSX/") || path.posix.basename(name).startsWith(".");
}

function listNames(names: string[]): string {
  const shown = names.slice(0, LISTED_NAMES).map((n) => JSON.stringify(n));
  if (names.length > LISTED_NAMES) shown.push(`… ${names.length - LISTED_NAMES} more`);
  return shown.length ? shown.join(", ") : "none";
}

/**
 * Extracts the archive's single .csv or .json entry into `dest`. Fails with a
 * SourceError (code "zip", "too-large" or "bomb") naming `source` when the
 * archive is unreadable, has no or several candidate entries, or expands
 * beyond `limits`. Leaves the partial output for the caller's temp cleanup.
 */
export async function extractMrfEntry(
  zipPath: string,
  dest: TempDir,
  options: { source: string; limits: SizeLimits },
): Promise<ExtractedEntry> {
  const { source, limits } = options;
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw new SourceError("zip", source, `not a readable zip archive: ${errorText(error)}`, { cause: error });
  }
  try {
    if (zipfile.entryCount > MAX_ENTRIES) {
      throw new SourceError("zip", source, `zip archive has ${zipfile.entryCount} entries; expected one MRF`);
    }
    const files: string[] = [];
    const candidates: yauzl.Entry[] = [];
    try {
      for await (const entry of zipfile.eachEntry()) {
        if (entry.fileName.endsWith("/") || isNoise(entry.fileName)) continue;
        files.push(entry.fileName);
        if (MRF_EXTENSIONS.has(path.posix.extname(entry.fileName).toLowerCase())) candidates.push(entry);
      }
    } catch (error) {
      throw new SourceError("zip", source, `corrupt zip archive: ${errorText(error)}`, { cause: error });
    }
    const entry = candidates[0];
    if (!entry) {
      throw new SourceError("zip", source, `zip archive has no .csv or .json entry (entries: ${listNames(files)})`);
    }
    if (candidates.length > 1) {
      throw new SourceError(
        "zip",
        source,
        `zip archive has ${candidates.length} possible MRF entries, expected one: ` +
          listNames(candidates.map((c) => c.fileName)),
      );
    }
    const what = `zip entry "${entry.fileName}"`;
    if (entry.isEncrypted()) throw new SourceError("zip", source, `${what} is encrypted`);
    if (!entry.canDecodeFileData()) {
      throw new SourceError("zip", source, `${what} uses unsupported compression method ${entry.compressionMethod}`);
    }
    if (entry.uncompressedSize > limits.maxBytes) throw tooLarge(source, limits, what);
    checkRatio(source, limits, entry.uncompressedSize, entry.compressedSize, what);

    const out = dest.file(path.posix.basename(entry.fileName));
    try {
      const stream = await zipfile.openReadStreamPromise(entry);
      // yauzl does not check CRC-32s; a corrupted archive must be refused, not loaded.
      let crc = 0;
      const checksum = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          crc = zlib.crc32(chunk, crc);
          done(null, chunk);
        },
      });
      await pipeline(
        stream,
        guardOutput(source, limits, { what, inputBytes: () => Math.max(entry.compressedSize, 1) }),
        checksum,
        createWriteStream(out),
      );
      if (crc >>> 0 !== entry.crc32 >>> 0) {
        throw new SourceError("zip", source, `${what} fails its CRC-32 check (the archive is corrupt)`);
      }
    } catch (error) {
      if (error instanceof SourceError) throw error;
      const text = errorText(error);
      // yauzl's validateEntrySizes: the data disagrees with the sizes the
      // archive declared, which is how crafted bombs try to slip past checks.
      if (/too many bytes|not enough bytes/.test(text)) {
        const detail = `${what} does not match its declared size (corrupt or crafted archive): ${text}`;
        throw new SourceError("zip", source, detail, { cause: error });
      }
      throw new SourceError("zip", source, `cannot extract ${what}: ${text}`, { cause: error });
    }
    return { path: out, entryName: entry.fileName };
  } finally {
    zipfile.close();
  }
}
