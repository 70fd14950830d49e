// Timed HTTP requests for bench:search (node:http, no client library).
import http from "node:http";
import zlib from "node:zlib";

export interface Timed {
  status: number;
  /** Request sent → response headers received (the first bytes of the answer). */
  ttfbMs: number;
  /** Request sent → last byte of the body received. */
  totalMs: number;
  /** Body bytes as sent on the wire (compressed when the server compressed it). */
  wireBytes: number;
  contentEncoding: string | undefined;
  body: Buffer;
}

export interface GetOptions {
  agent?: http.Agent;
  /** Ask for gzip, as browsers do (the body is still returned decompressed). */
  gzip?: boolean;
  timeoutMs?: number;
}

/** GET url, timing the first byte and the whole body. */
export function timedGet(url: string, options: GetOptions = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(
      url,
      { agent: options.agent, headers: options.gzip ? { "accept-encoding": "gzip" } : {} },
      (res) => {
        const ttfbMs = performance.now() - started;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const totalMs = performance.now() - started;
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          let body = raw;
          try {
            if (encoding === "gzip") body = zlib.gunzipSync(raw);
            else if (encoding === "br") body = zlib.brotliDecompressSync(raw);
            else if (encoding === "deflate") body = zlib.inflateSync(raw);
          } catch (error) {
            return reject(error);
          }
          resolve({ status: res.statusCode ?? 0, ttfbMs, totalMs, wireBytes: raw.length, contentEncoding: encoding, body });
        });
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`timed out: ${url}`)));
    req.on("error", reject);
  });
}

/** Gzipped size at level 9 (what a CDN would send). */
export function gzipSize(body: Buffer): number {
  return zlib.gzipSync(body, { level: 9 }).length;
}
