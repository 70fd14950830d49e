// Reading CMS machine-readable files: one entry point for every layout.
import { createReadStream, type ReadStream } from "node:fs";
import { Transform, type Readable } from "node:stream";
import { readCsvMrf, type CsvMrfEvent } from "./csv/reader";
import { READ_CHUNK_BYTES } from "./csv/rows";
import { detectFileKind } from "./detect";
import { readJsonMrf, type JsonMrfEvent } from "./json/reader";
import type { ReadMode, RejectedRow } from "./issues";
import { MrfError, type ChargeRecord, type MrfFormat, type MrfHeader } from "./types";
import type { Issue } from "./validate/types";

export * from "./types";
export type { ReadMode, RejectedRow } from "./issues";
export { normalizeHeader } from "./csv/headers";

export type MrfEvent =
  | { type: "header"; header: MrfHeader; format: MrfFormat }
  | { type: "record"; record: ChargeRecord }
  /** Lenient reads only: a row that breaks a CMS rule, set aside with its reasons. */
  | ({ type: "rejected" } & RejectedRow)
  /** Alerts, and (lenient reads) header or file-level errors that do not stop the read. */
  | { type: "issues"; issues: readonly Issue[] };

export interface ReadOptions {
  /** Name used in error messages (defaults to the path). */
  displayName?: string;
  /** Receives each file stream opened, so callers can report bytes read. */
  onStream?: (stream: ReadStream) => void;
  /**
   * Receives every chunk of each pass over the file, and `start` before each
   * pass (a JSON file whose header follows its items is read more than once):
   * lets a caller hash the file while it is read instead of reading it twice.
   */
  onChunk?: { start(): void; chunk(bytes: Buffer): void };
  /** strict (default): the first CMS-rule error throws; lenient: bad rows become "rejected" events. */
  mode?: ReadMode;
}

/**
 * Streams any CMS MRF at `path` as batches of events (one per chunk read): first
 * a header event, then one event per charge record. The fast path for loaders.
 */
export async function* readMrfBatches(path: string, options: ReadOptions = {}): AsyncGenerator<MrfEvent[]> {
  try {
    yield* readAnyMrf(path, options);
  } catch (error) {
    // Every error names the file, even those raised deep in value parsing.
    if (error instanceof MrfError && !error.location.file) {
      throw new MrfError(error.message, { ...error.location, file: options.displayName ?? path });
    }
    throw error;
  }
}

/** Streams any CMS MRF at `path`: first a header event, then one event per charge record. */
export async function* readMrfFile(path: string, options: ReadOptions = {}): AsyncGenerator<MrfEvent> {
  for await (const batch of readMrfBatches(path, options)) yield* batch;
}

/** Batches of one event each, for readers that yield events one by one (legacy layouts). */
export async function* singleEventBatches<T>(events: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const event of events) yield [event];
}

async function* readAnyMrf(path: string, options: ReadOptions): AsyncGenerator<MrfEvent[]> {
  const displayName = options.displayName ?? path;
  const kind = await detectFileKind(path);
  const open = (): Readable => {
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
    options.onStream?.(stream);
    const tap = options.onChunk;
    if (!tap) return stream;
    tap.start();
    return stream.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          tap.chunk(chunk);
          done(null, chunk);
        },
      }),
    );
  };
  if (kind === "json") {
    for await (const batch of readJsonMrf(open, displayName, options.mode)) yield batch.map(fromJson);
    return;
  }
  for await (const batch of readCsvMrf(open(), displayName, options.mode)) yield batch.map(fromCsv);
}

const fromJson = (event: JsonMrfEvent): MrfEvent => (event.type === "header" ? { ...event, format: "json" } : event);

const fromCsv = (event: CsvMrfEvent): MrfEvent =>
  event.type === "header" ? { type: "header", header: event.header, format: event.layout.format } : event;
