// Raw CSV records as arrays of cells, streamed. The single place the CSV
// tokenizer is chosen, so readers and validators share one pass.
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { CsvTokenizer, type TokenizerLimits } from "./tokenizer";

/**
 * Bytes per file read: large enough for throughput, small enough that one chunk
 * of pathological input (all blank lines, say) never becomes millions of records at once.
 */
export const READ_CHUNK_BYTES = 256 * 1024;

/**
 * Yields the records of each chunk together: one await per chunk rather than
 * per record keeps the async overhead off the hot path.
 */
export async function* csvRowBatches(input: Readable, limits?: TokenizerLimits): AsyncGenerator<string[][]> {
  const decoder = new StringDecoder("utf8");
  const tokenizer = new CsvTokenizer(limits);
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
    }
    const rows = tokenizer.push(text);
    if (rows.length) yield rows;
  }
  const rest = tokenizer.push(decoder.end());
  tokenizer.end(rest);
  if (rest.length) yield rest;
}

/** Yields each CSV record (comma-delimited, as the CMS dictionary requires). */
export async function* csvRows(input: Readable, limits?: TokenizerLimits): AsyncGenerator<string[]> {
  for await (const batch of csvRowBatches(input, limits)) yield* batch;
}
