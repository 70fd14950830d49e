// Raw CSV records as arrays of cells, streamed. The single place the CSV
// tokenizer is chosen, so readers and validators share one pass.
import type { Readable } from "node:stream";
import Papa from "papaparse";

/**
 * Yields each CSV record. The delimiter is always a comma: the CMS dictionary
 * requires it, and auto-detection would pick "|" from headers like code|1.
 */
export async function* csvRows(input: Readable): AsyncGenerator<string[]> {
  const parser = input.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ",", skipEmptyLines: false }));
  input.on("error", (e) => parser.destroy(e));
  for await (const cells of parser as AsyncIterable<string[]>) yield cells;
}
