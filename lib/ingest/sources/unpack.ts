// The steps shared by downloads and local files once bytes are on disk:
// turning a zip into its MRF entry, and naming zlib failures in words.
import { rm } from "node:fs/promises";
import { errorText, SourceError } from "./errors";
import type { SizeLimits } from "./limits";
import { readHead, sniffPacking } from "./sniff";
import type { TempDir } from "./temp";
import { extractMrfEntry } from "./zip";

/**
 * When `file` (inside `temp`) is a zip archive, extracts its MRF entry next to
 * it and deletes the archive, so at most one copy stays on disk.
 */
export async function unzipIfArchive(
  file: string,
  temp: TempDir,
  source: string,
  limits: SizeLimits,
): Promise<{ path: string; entryName?: string }> {
  if (sniffPacking(await readHead(file, 4)) !== "zip") return { path: file };
  const entry = await extractMrfEntry(file, temp, { source, limits });
  await rm(file, { force: true });
  return entry;
}

/** A SourceError for a zlib failure, or undefined when `error` is not one. */
export function zlibFailure(
  error: unknown,
  source: string,
  context: { downloading: boolean; compressedBytes: number },
): SourceError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (!code.startsWith("Z_") && !code.startsWith("ERR_BROTLI") && !code.startsWith("ERR__ERROR_FORMAT")) return undefined;
  // zlib reports a stream cut short as a buffer error ("unexpected end of file").
  if (code === "Z_BUF_ERROR") {
    const what = context.downloading
      ? `partial download: compressed data ends early (after ${context.compressedBytes} bytes)`
      : "compressed data ends early: the file is truncated";
    return new SourceError("partial", source, what, { cause: error });
  }
  return new SourceError("corrupt", source, `compressed data is corrupt: ${errorText(error)}`, { cause: error });
}
