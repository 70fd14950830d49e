// Reading CMS machine-readable files: one entry point for every layout.
import { createReadStream } from "node:fs";
import { readCsvMrf } from "./csv/reader";
import { detectFileKind } from "./detect";
import { readJsonMrf } from "./json/reader";
import type { ChargeRecord, MrfFormat, MrfHeader } from "./types";

export * from "./types";
export { normalizeHeader } from "./csv/headers";

export type MrfEvent =
  | { type: "header"; header: MrfHeader; format: MrfFormat }
  | { type: "record"; record: ChargeRecord };

/** Streams any CMS MRF at `path`: first a header event, then one event per charge record. */
export async function* readMrfFile(path: string, displayName = path): AsyncGenerator<MrfEvent> {
  const kind = await detectFileKind(path);
  const highWaterMark = 1 << 20;
  if (kind === "json") {
    for await (const event of readJsonMrf(() => createReadStream(path, { highWaterMark }), displayName)) {
      yield event.type === "header" ? { ...event, format: "json" } : event;
    }
    return;
  }
  for await (const event of readCsvMrf(createReadStream(path, { highWaterMark }), displayName)) {
    yield event.type === "header" ? { type: "header", header: event.header, format: event.layout.format } : event;
  }
}
