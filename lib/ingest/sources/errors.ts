// One error type for everything that can go wrong while getting a file onto
// local disk, so callers (the CLI, a job runner) can tell "the source is bad"
// apart from bugs and report it as a per-file failure instead of crashing.

export type SourceErrorCode =
  | "bad-input" // not a readable path or not an http(s) URL
  | "network" // DNS, refused, reset, TLS…
  | "timeout" // no bytes for the idle timeout
  | "http-status" // a non-2xx answer
  | "redirects" // too many redirects, or a redirect we will not follow
  | "partial" // fewer bytes than announced, or a truncated compressed stream
  | "too-large" // over the size limit
  | "bomb" // compression ratio beyond the limit
  | "corrupt" // compressed data that does not decompress
  | "zip" // unreadable zip, or no single MRF entry in it
  | "aborted"; // the caller's AbortSignal fired

export class SourceError extends Error {
  override readonly name = "SourceError";
  /** The URL or path the failure is about (credentials removed). */
  readonly source: string;
  readonly code: SourceErrorCode;
  /** What happened, without the source: the message is `${source}: ${detail}`. */
  readonly detail: string;
  /** The HTTP status, for code "http-status". */
  readonly status?: number;

  constructor(code: SourceErrorCode, source: string, what: string, options?: { cause?: unknown; status?: number }) {
    super(`${source}: ${what}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.source = source;
    this.detail = what;
    if (options?.status !== undefined) this.status = options.status;
  }
}

/** A URL fit for messages and logs: user:password@ never leaves this module. */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return u.href;
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return String(url);
  }
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
