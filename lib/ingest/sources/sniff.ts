// Recognising compressed input by its first bytes rather than trusting names
// or headers: hospitals serve .csv files that are really zips, gzip without
// Content-Encoding, and .gz names for files a proxy already decompressed.
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

export type Packing = "gzip" | "zip" | "none";

export function sniffPacking(head: Uint8Array): Packing {
  if (head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  // Local file header, empty archive, or spanned archive marker.
  if (head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0))) {
    return "zip";
  }
  return "none";
}

export async function readHead(file: string, length = 512): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** True when the bytes start like an HTML page (a login wall or a "soft 404"). */
export function looksLikeHtml(head: Uint8Array): boolean {
  const text = Buffer.from(head).toString("utf8").replace(/^\uFEFF/, "").trimStart().slice(0, 64).toLowerCase();
  return text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head") || text.startsWith("<body");
}

/**
 * A pipeline stage that gunzips its input when it starts with the gzip magic
 * bytes and passes it through untouched otherwise. Decided on the fly so a
 * download is decompressed while it is written, never stored twice.
 */
export function autoGunzip(onDetect?: (gzip: boolean) => void) {
  return async function* maybeGunzip(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const upstream = chunks[Symbol.asyncIterator]();
    let head: Buffer = Buffer.alloc(0);
    let ended = false;
    while (head.length < 2) {
      const next = await upstream.next();
      if (next.done) {
        ended = true;
        break;
      }
      head = head.length ? Buffer.concat([head, next.value]) : next.value;
    }
    async function* all(): AsyncGenerator<Buffer> {
      if (head.length) yield head;
      if (ended) return;
      for (;;) {
        const next = await upstream.next();
        if (next.done) return;
        yield next.value;
      }
    }

    const gzip = sniffPacking(head) === "gzip";
    onDetect?.(gzip);
    if (!gzip) {
      yield* all();
      return;
    }
    const gunzip = createGunzip();
    // Errors surface through the iteration below; this only has to be awaited
    // so a failure after the last output chunk is not lost.
    const feeding = pipeline(all(), gunzip).then(
      () => undefined,
      (error: unknown) => error,
    );
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } finally {
      gunzip.destroy();
    }
    const error = await feeding;
    if (error) throw error;
  };
}
