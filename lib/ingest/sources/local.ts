// Local files: used in place when plain, decompressed to a temp file when they
// are gzip or zip (recognised by their bytes), under the same limits as
// downloads — a zip bomb on disk is as hostile as one on the network.
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { errorText, SourceError } from "./errors";
import { guardOutput, resolveLimits, type SizeLimits } from "./limits";
import { readHead, sniffPacking } from "./sniff";
import { createTempDir } from "./temp";
import { unzipIfArchive, zlibFailure } from "./unpack";
import { extractMrfEntry } from "./zip";

export interface LocalFileOptions extends Partial<SizeLimits> {
  /** Parent of the priceline-* temp directory; defaults to os.tmpdir(). */
  tempRoot?: string;
}

export interface UnpackedFile {
  path: string;
  packing: "none" | "gzip" | "zip";
  entryName?: string;
  /** Removes the temp copy; a no-op for a plain file used in place. */
  cleanup(): Promise<void>;
}

const noop = async () => {};

/** Throws SourceError("bad-input") unless `file` is an existing regular file. */
export async function checkLocalFile(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "no such file" : `cannot read the file: ${errorText(error)}`;
    throw new SourceError("bad-input", file, what, { cause: error });
  }
  if (!info.isFile()) throw new SourceError("bad-input", file, "not a regular file");
}

/**
 * Returns a plain local file as is, or a gzip/zip file's content decompressed
 * into `<tempRoot>/priceline-*`. Throws a SourceError for a missing file,
 * corrupt or truncated compressed data, a zip without exactly one .csv/.json
 * entry, or output beyond the limits, after removing its temp files.
 */
export async function unpackLocalFile(file: string, options: LocalFileOptions = {}): Promise<UnpackedFile> {
  await checkLocalFile(file);
  const packing = sniffPacking(await readHead(file, 4));
  if (packing === "none") return { path: file, packing, cleanup: noop };

  const limits = resolveLimits(options);
  const temp = await createTempDir(options.tempRoot);
  try {
    if (packing === "zip") {
      // Not unzipIfArchive: that deletes the archive, and this one is the user's.
      const entry = await extractMrfEntry(file, temp, { source: file, limits });
      return { path: entry.path, packing, entryName: entry.entryName, cleanup: temp.remove };
    }
    const name = path.basename(file).replace(/\.(gz|gzip)$/i, "") || "download";
    const out = temp.file(name);
    let read = 0;
    const countInput = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        read += chunk.length;
        yield chunk;
      }
    };
    try {
      await pipeline(
        createReadStream(file, { highWaterMark: 1 << 20 }),
        countInput,
        createGunzip(),
        guardOutput(file, limits, { inputBytes: () => read }),
        createWriteStream(out),
      );
    } catch (error) {
      throw zlibFailure(error, file, { downloading: false, compressedBytes: read }) ?? error;
    }
    // A gzipped zip is rare but cheap to support once the bytes are here.
    const entry = await unzipIfArchive(out, temp, file, limits);
    if (entry.entryName === undefined) return { path: entry.path, packing: "gzip", cleanup: temp.remove };
    return { path: entry.path, packing: "zip", entryName: entry.entryName, cleanup: temp.remove };
  } catch (error) {
    await temp.remove();
    if (error instanceof SourceError) throw error;
    throw new SourceError("bad-input", file, `cannot decompress: ${errorText(error)}`, { cause: error });
  }
}
