// Raw CSV records as arrays of cells, streamed. The single place the CSV
// tokenizer is chosen, so readers and validators share one pass.
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { CsvTokenizer, type CsvQuirk, type TokenizerLimits } from "./tokenizer";

/**
 * Bytes per file read: large enough for throughput, small enough that one chunk
 * of pathological input (all blank lines, say) never becomes millions of records at once.
 */
export const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Most records in one batch. A chunk of ordinary rows holds a few thousand at
 * most, so this only splits pathological chunks (256 KiB of blank lines or lone
 * CRs is 262,144 records): their records then die young instead of piling up
 * in the old generation (1 MiB of lone CRs used to peak at ~330 MB).
 */
export const MAX_BATCH_RECORDS = 8192;

/**
 * Yields the records of each chunk together (in batches of at most
 * MAX_BATCH_RECORDS): one await per chunk rather than per record keeps the
 * async overhead off the hot path. Every record is yielded, blank ones too, so
 * callers can number rows by counting. `onQuirk` hears of text CMS's validator
 * reads otherwise (see CsvQuirk), before the batch holding its record is yielded.
 */
export async function* csvRowBatches(input: Readable, limits?: TokenizerLimits, onQuirk?: (quirk: CsvQuirk) => void): AsyncGenerator<string[][]> {
  const decoder = new StringDecoder("utf8");
  const tokenizer = new CsvTokenizer(limits, onQuirk);
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
    }
    let rows = tokenizer.push(text, [], MAX_BATCH_RECORDS);
    while (tokenizer.suspended) {
      yield rows; // full: the push stopped at MAX_BATCH_RECORDS
      rows = tokenizer.resume([], MAX_BATCH_RECORDS);
    }
    if (rows.length) yield rows;
  }
  let rest = tokenizer.push(decoder.end(), [], MAX_BATCH_RECORDS);
  while (tokenizer.suspended) {
    yield rest;
    rest = tokenizer.resume([], MAX_BATCH_RECORDS);
  }
  tokenizer.end(rest);
  if (rest.length) yield rest;
}

/** Yields each CSV record (comma-delimited, as the CMS dictionary requires). */
export async function* csvRows(input: Readable, limits?: TokenizerLimits): AsyncGenerator<string[]> {
  for await (const batch of csvRowBatches(input, limits)) yield* batch;
}
