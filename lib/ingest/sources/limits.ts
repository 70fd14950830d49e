// Size and ratio limits shared by downloads, gunzip and unzip. Hostile or
// broken input (a zip bomb, an endless response) must end in a clear error
// with memory and disk bounded, so every byte written to disk passes a guard.
import { SourceError } from "./errors";

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export interface SizeLimits {
  /** Most bytes any one file may take on disk (downloaded or decompressed). */
  maxBytes: number;
  /** Most output bytes per compressed input byte, once past `ratioGraceBytes`. */
  maxRatio: number;
  /**
   * Output below this size is never called a bomb: tiny, very repetitive files
   * (a header and a few rows) legitimately compress far beyond any sane ratio.
   */
  ratioGraceBytes: number;
}

// The largest real MRFs seen are a few GiB of JSON; 20 GiB leaves room while
// still stopping a runaway stream before it fills a disk. CSV/JSON price files
// compress around 10-40:1, so 200:1 only catches crafted input.
export const DEFAULT_LIMITS: SizeLimits = { maxBytes: 20 * GiB, maxRatio: 200, ratioGraceBytes: 8 * MiB };

export function resolveLimits(partial: Partial<SizeLimits> | undefined): SizeLimits {
  return {
    maxBytes: partial?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxRatio: partial?.maxRatio ?? DEFAULT_LIMITS.maxRatio,
    ratioGraceBytes: partial?.ratioGraceBytes ?? DEFAULT_LIMITS.ratioGraceBytes,
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export function tooLarge(source: string, limits: SizeLimits, what = "file"): SourceError {
  return new SourceError("too-large", source, `${what} is larger than the ${formatBytes(limits.maxBytes)} limit`);
}

export function checkRatio(source: string, limits: SizeLimits, output: number, input: number, what: string): void {
  if (output > limits.ratioGraceBytes && output > input * limits.maxRatio) {
    throw new SourceError(
      "bomb",
      source,
      `${what} expands more than ${limits.maxRatio}:1 (${formatBytes(output)} from ${formatBytes(input)}); ` +
        "refusing it as a possible decompression bomb",
    );
  }
}

/**
 * A pipeline stage that passes chunks through unchanged and throws as soon as
 * the bytes seen exceed the limits. `inputBytes` reports the compressed bytes
 * consumed so far when the stage sits after a decompressor, for the ratio.
 */
export function guardOutput(
  source: string,
  limits: SizeLimits,
  options: { what?: string; inputBytes?: () => number; onChunk?: (total: number) => void } = {},
) {
  const what = options.what ?? "file";
  return async function* guard(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let total = 0;
    for await (const chunk of chunks) {
      total += chunk.length;
      if (total > limits.maxBytes) throw tooLarge(source, limits, what);
      if (options.inputBytes) checkRatio(source, limits, total, options.inputBytes(), what);
      options.onChunk?.(total);
      yield chunk;
    }
  };
}
