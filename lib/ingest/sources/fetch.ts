// Downloading an MRF to a local temp file. node:http rather than fetch():
// fetch decodes Content-Encoding itself, which would hide the raw byte count
// needed to prove the body matched Content-Length, and its timeouts cover the
// whole request rather than "no bytes for N seconds", which is what a
// multi-GiB download needs.
import { createWriteStream } from "node:fs";
import { rename } from "node:fs/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { displayUrl, errorText, SourceError } from "./errors";
import { guardOutput, resolveLimits, tooLarge, type SizeLimits } from "./limits";
import { autoGunzip } from "./sniff";
import { createTempDir, safeFileName, type TempDir } from "./temp";
import { unzipIfArchive, zlibFailure } from "./unpack";

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = "HospitalPriceline/0.1 (+CMS price transparency ingest)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FetchOptions extends Partial<SizeLimits> {
  /** Give up after this long with no bytes (connecting, waiting, or mid-body). */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Parent of the priceline-* temp directory; defaults to os.tmpdir(). */
  tempRoot?: string;
  /** Cancels the download; it then fails with code "aborted" and cleans up. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /**
   * Gunzip gzip content and extract the MRF from a zip (default true).
   * Content-Encoding is always decoded: it is transport, not content.
   */
  unpack?: boolean;
  onProgress?: (progress: { bytesReceived: number; totalBytes?: number }) => void;
}

export interface DownloadedFile {
  /** The local file: the MRF itself, already decompressed. */
  path: string;
  /** The URL as requested (credentials removed): what ingest records as the source. */
  source: string;
  /** Where the body finally came from, after redirects. */
  finalUrl: string;
  contentType?: string;
  /** Bytes received over the network (before any decompression). */
  bytesReceived: number;
  /** How the content was packed, beyond Content-Encoding. */
  packing: "none" | "gzip" | "zip";
  /** The archive entry that was extracted, for zips. */
  entryName?: string;
  /** Removes the temp directory; idempotent. */
  cleanup(): Promise<void>;
}

function isHttp(url: URL): boolean {
  return url.protocol === "http:" || url.protocol === "https:";
}

/** Parses an http(s) URL or throws a SourceError("bad-input"). */
export function parseHttpUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SourceError("bad-input", String(input), "not a valid URL");
  }
  if (!isHttp(url)) throw new SourceError("bad-input", displayUrl(url), "only http and https URLs can be downloaded");
  return url;
}

/** The file name the server meant: Content-Disposition first, then the URL path. */
function fileNameFor(response: IncomingMessage, url: URL): string {
  const disposition = response.headers["content-disposition"] ?? "";
  const star = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
  let name = star ?? plain ?? path.posix.basename(url.pathname);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Keep the raw name: a stray % is not worth failing a download over.
  }
  return safeFileName(name.trim());
}

function decoderFor(encoding: string | undefined, source: string) {
  const value = (encoding ?? "").trim().toLowerCase();
  if (value === "" || value === "identity") return undefined;
  if (value === "gzip" || value === "x-gzip") return createGunzip();
  if (value === "deflate") return createInflate();
  if (value === "br") return createBrotliDecompress();
  throw new SourceError("bad-input", source, `unsupported Content-Encoding "${value}"`);
}

/**
 * Streams `url` to a file under `<tempRoot>/priceline-*`, never holding the body
 * in memory. Follows up to `maxRedirects` redirects, decodes Content-Encoding,
 * and (unless `unpack: false`) gunzips gzip content on the fly and extracts the
 * MRF entry of a zip. Throws a SourceError naming the URL on a bad URL, a
 * network failure, an idle timeout, a non-2xx status, too many redirects, a
 * body shorter than Content-Length ("partial download: got X of Y bytes"),
 * corrupt compressed data, a zip without exactly one .csv/.json entry, or
 * output beyond the size/ratio limits; the temp directory is removed first.
 */
export async function fetchToTempFile(url: string | URL, options: FetchOptions = {}): Promise<DownloadedFile> {
  const start = parseHttpUrl(url);
  const source = displayUrl(start);
  if (options.signal?.aborted) throw new SourceError("aborted", source, "download cancelled");
  const temp = await createTempDir(options.tempRoot);
  try {
    const result = await download(start, source, temp, options);
    return { ...result, cleanup: temp.remove };
  } catch (error) {
    await temp.remove();
    throw error;
  }
}

async function download(
  start: URL,
  source: string,
  temp: TempDir,
  options: FetchOptions,
): Promise<Omit<DownloadedFile, "cleanup">> {
  const limits = resolveLimits(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;

  // One controller stops whatever is in flight (a request, the body pipeline);
  // `failure` remembers why, since the streams only see a generic AbortError.
  const controller = new AbortController();
  let failure: SourceError | undefined;
  const fail = (error: SourceError) => {
    failure ??= error;
    controller.abort(error);
  };
  let timer: NodeJS.Timeout | undefined;
  // Re-armed on every chunk; refresh() avoids allocating a timer per chunk.
  const touch = () => {
    if (timer) timer.refresh();
    else {
      timer = setTimeout(
        () => fail(new SourceError("timeout", source, `timed out: no data for ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    }
  };
  const onAbort = () => fail(new SourceError("aborted", source, "download cancelled"));
  options.signal?.addEventListener("abort", onAbort, { once: true });

  let received = 0;
  let contentLength: number | undefined;
  let response: IncomingMessage | undefined;
  try {
    touch();
    const opened = await openFollowingRedirects(start, source, {
      maxRedirects,
      signal: controller.signal,
      headers: options.headers,
      touch,
      failure: () => failure,
    });
    response = opened.response;
    const finalUrl = opened.finalUrl;

    const lengthHeader = response.headers["content-length"];
    contentLength = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    if (contentLength !== undefined && contentLength > limits.maxBytes) {
      response.destroy();
      throw tooLarge(source, limits, `file (${contentLength} bytes announced)`);
    }
    const decoder = decoderFor(response.headers["content-encoding"], source);
    let gzipped = false;
    const part = temp.file("download.part");

    const countRaw = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        received += chunk.length;
        touch();
        if (received > limits.maxBytes) throw tooLarge(source, limits);
        options.onProgress?.({ bytesReceived: received, totalBytes: contentLength });
        yield chunk;
      }
    };
    const stages = [
      countRaw,
      ...(decoder ? [decoder] : []),
      ...(options.unpack === false ? [] : [autoGunzip((gzip) => (gzipped = gzip))]),
      guardOutput(source, limits, { inputBytes: () => received }),
    ];
    // pipeline's typings cannot express a variable number of stages.
    await (pipeline as (...args: unknown[]) => Promise<void>)(response, ...stages, createWriteStream(part), {
      signal: controller.signal,
    });
    // The network part is over: unzipping a large archive may take longer
    // than the idle timeout and must not be reported as one.
    clearTimeout(timer);
    // Node's parser already rejects a body cut short; this catches anything
    // that still slips through (e.g. a proxy that ends the stream cleanly).
    if (contentLength !== undefined && received !== contentLength) {
      throw new SourceError("partial", source, `partial download: got ${received} of ${contentLength} bytes`);
    }

    let name = fileNameFor(response, finalUrl);
    // A .gz name describes the bytes as stored; once decoded (by us, or as a
    // Content-Encoding, as S3 often serves .gz objects) the name should not lie.
    if (gzipped || decoder) name = name.replace(/\.(gz|gzip)$/i, "") || "download";
    const named = temp.file(name === "download.part" ? "download" : name);
    await rename(part, named);
    const unpacked =
      options.unpack === false ? { path: named } : await unzipIfArchive(named, temp, source, limits);
    const contentType = response.headers["content-type"];
    return {
      path: unpacked.path,
      source,
      finalUrl: displayUrl(finalUrl),
      ...(contentType ? { contentType } : {}),
      bytesReceived: received,
      packing: unpacked.entryName !== undefined ? "zip" : gzipped ? "gzip" : "none",
      ...(unpacked.entryName !== undefined ? { entryName: unpacked.entryName } : {}),
    };
  } catch (error) {
    if (failure) throw failure;
    if (error instanceof SourceError) throw error;
    if (contentLength !== undefined && received < contentLength) {
      throw new SourceError("partial", source, `partial download: got ${received} of ${contentLength} bytes`, {
        cause: error,
      });
    }
    const zlib = zlibFailure(error, source, { downloading: true, compressedBytes: received });
    if (zlib) throw zlib;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ECONNRESET" || (error as Error).message === "aborted") {
      throw new SourceError("partial", source, `partial download: connection closed after ${received} bytes`, {
        cause: error,
      });
    }
    throw new SourceError("network", source, `download failed: ${errorText(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
    // Closes the socket when we gave up before (or while) reading the body.
    response?.destroy();
  }
}

function request(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    // agent: false gives each request its own socket, so a timed-out or
    // aborted download can never leave a half-read socket in a shared pool.
    const req = client.get(url, { headers, signal, agent: false }, resolve);
    req.on("error", reject);
  });
}

async function openFollowingRedirects(
  start: URL,
  source: string,
  options: {
    maxRedirects: number;
    signal: AbortSignal;
    headers: Record<string, string> | undefined;
    touch: () => void;
    failure: () => SourceError | undefined;
  },
): Promise<{ response: IncomingMessage; finalUrl: URL }> {
  const headers = {
    "user-agent": USER_AGENT,
    accept: "*/*",
    "accept-encoding": "gzip, deflate, br",
    ...options.headers,
  };
  let current = start;
  for (let redirects = 0; ; ) {
    let response: IncomingMessage;
    try {
      response = await request(current, headers, options.signal);
    } catch (error) {
      const where = current === start ? "request" : `request to ${displayUrl(current)}`;
      throw options.failure() ??
        new SourceError("network", source, `${where} failed: ${errorText(error)}`, { cause: error });
    }
    options.touch();
    const status = response.statusCode ?? 0;
    const from = current === start ? "" : ` (from ${displayUrl(current)})`;
    if (REDIRECTS.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) {
        throw new SourceError("http-status", source, `HTTP ${status} redirect without a Location header${from}`, {
          status,
        });
      }
      if (redirects >= options.maxRedirects) {
        throw new SourceError("redirects", source, `too many redirects (more than ${options.maxRedirects})`);
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new SourceError("redirects", source, `redirected to an invalid URL ${JSON.stringify(location)}${from}`);
      }
      if (!isHttp(next)) {
        throw new SourceError("redirects", source, `redirected to ${displayUrl(next)}, which is not http(s)`);
      }
      current = next;
      redirects += 1;
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      const text = response.statusMessage ? ` ${response.statusMessage}` : "";
      throw new SourceError("http-status", source, `HTTP ${status}${text}${from}`, { status });
    }
    return { response, finalUrl: current };
  }
}
