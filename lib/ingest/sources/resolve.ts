// Turning whatever the user named (a path, a URL, a hospital's cms-hpt.txt)
// into local MRF files, one at a time. A generator rather than a list so a
// hospital system with many multi-GiB MRFs never has more than one of them on
// disk: each file is removed when the caller asks for the next one.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseCmsHptTxt, looksLikeCmsHptTxt, type CmsHptEntry, type CmsHptProblem } from "./cms-hpt-txt";
import { displayUrl, errorText, SourceError, type SourceErrorCode } from "./errors";
import { fetchToTempFile, type DownloadedFile, type FetchOptions } from "./fetch";
import { formatBytes } from "./limits";
import { checkLocalFile, unpackLocalFile } from "./local";
import { looksLikeHtml, readHead } from "./sniff";

const CMS_HPT_TXT = "cms-hpt.txt";
const DEFAULT_MAX_TXT_BYTES = 16 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export interface LocalInput {
  kind: "file";
  /** A local MRF file (CSV or JSON, decompressed), valid until the next item is requested. */
  path: string;
  /** Where it came from: the path as given, or the URL. Pass as ingestFile's `source`. */
  source: string;
  /** Removes any temp copy now rather than when the next item is requested; idempotent. */
  cleanup(): Promise<void>;
  /** For MRFs listed in a cms-hpt.txt: the first location that lists this URL… */
  locationName?: string;
  /** …and all of them (several locations often share one MRF). */
  locationNames?: string[];
  /** The cms-hpt.txt that listed it. */
  listedIn?: string;
}

export interface InputError {
  kind: "error";
  /** The path or URL that failed (for TXT problems, the TXT file itself). */
  source: string;
  /** What happened, in words, without repeating `source`. */
  message: string;
  /** Absent for unexpected failures (which are still reported, not thrown). */
  code?: SourceErrorCode | "cms-hpt-txt";
  /** For a malformed cms-hpt.txt block: its 1-based line. */
  line?: number;
  locationNames?: string[];
  listedIn?: string;
}

export type ResolvedInput = LocalInput | InputError;

export interface CmsHptListing {
  source: string;
  entries: CmsHptEntry[];
  problems: CmsHptProblem[];
  /** Distinct MRF URLs that will be fetched. */
  mrfUrls: string[];
}

export interface ResolveOptions extends FetchOptions {
  /** Largest cms-hpt.txt accepted (default 16 MiB); it is read into memory. */
  maxTxtBytes?: number;
  /** Called once a cms-hpt.txt is parsed, before its MRFs are fetched. */
  onCmsHptTxt?: (listing: CmsHptListing) => void;
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input.trim());
}

function errorItem(error: unknown, source: string, extra: Partial<InputError> = {}): InputError {
  if (error instanceof SourceError) {
    return { kind: "error", source: error.source, message: error.detail, code: error.code, ...extra };
  }
  return { kind: "error", source, message: errorText(error), ...extra };
}

/** Yields `file`, and removes it when the consumer moves on or stops early. */
async function* handOver(file: LocalInput): AsyncGenerator<ResolvedInput> {
  try {
    yield file;
  } finally {
    await file.cleanup();
  }
}

async function readTxt(file: string, source: string, maxBytes: number): Promise<string> {
  const { size } = await stat(file);
  if (size > maxBytes) {
    throw new SourceError("too-large", source, `cms-hpt.txt is larger than the ${formatBytes(maxBytes)} limit`);
  }
  return readFile(file, "utf8");
}

/** Reads the file as a cms-hpt.txt when its name or its first line says it is one. */
async function txtIfListing(file: string, source: string, named: boolean, maxBytes: number) {
  if (!named && !looksLikeCmsHptTxt((await readHead(file, SNIFF_BYTES)).toString("utf8"))) return undefined;
  return readTxt(file, source, maxBytes);
}

function isNamedTxt(name: string): boolean {
  return path.posix.basename(name).toLowerCase() === CMS_HPT_TXT;
}

/**
 * Resolves one command-line input into local MRF files:
 * - a local path: itself, or (gzip/zip) its decompressed content in a temp file;
 * - an http(s) URL: downloaded to a temp file (see fetchToTempFile);
 * - a cms-hpt.txt (by name or by content, local or remote): each distinct
 *   mrf-url it lists, downloaded in turn.
 * Failures never throw: each is yielded as `{ kind: "error" }` and the next
 * MRF is still tried; malformed TXT blocks are yielded as errors with `line`.
 * A yielded file is deleted when the next item is requested (or the loop is
 * left), so use it — e.g. `await ingestFile(item.path, { source: item.source })`
 * — inside the loop body.
 */
export async function* resolveInput(input: string, options: ResolveOptions = {}): AsyncGenerator<ResolvedInput> {
  const maxTxtBytes = options.maxTxtBytes ?? DEFAULT_MAX_TXT_BYTES;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim()) && !isUrl(input)) {
    // ftp://, file://, s3://…: say so rather than "no such file".
    yield { kind: "error", source: input, message: "only http and https URLs can be downloaded", code: "bad-input" };
    return;
  }
  if (isUrl(input)) {
    yield* resolveUrl(input.trim(), options, maxTxtBytes);
    return;
  }

  let text: string | undefined;
  try {
    await checkLocalFile(input);
    text = await txtIfListing(input, input, isNamedTxt(input), maxTxtBytes);
  } catch (error) {
    yield errorItem(error, input);
    return;
  }
  if (text !== undefined) {
    yield* resolveListing(text, input, undefined, options);
    return;
  }
  let unpacked;
  try {
    unpacked = await unpackLocalFile(input, options);
  } catch (error) {
    yield errorItem(error, input);
    return;
  }
  yield* handOver({ kind: "file", path: unpacked.path, source: input, cleanup: unpacked.cleanup });
}

async function* resolveUrl(url: string, options: ResolveOptions, maxTxtBytes: number): AsyncGenerator<ResolvedInput> {
  let named = false;
  try {
    named = isNamedTxt(new URL(url).pathname);
  } catch {
    // fetchToTempFile reports the bad URL.
  }
  let downloaded: DownloadedFile;
  try {
    // A TXT file is read into memory: cap it far below an MRF's limit.
    const maxBytes = named ? Math.min(maxTxtBytes, options.maxBytes ?? Infinity) : options.maxBytes;
    downloaded = await fetchToTempFile(url, { ...options, ...(maxBytes === undefined ? {} : { maxBytes }) });
  } catch (error) {
    yield errorItem(error, displayUrl(url));
    return;
  }
  let text: string | undefined;
  try {
    text = await txtIfListing(downloaded.path, downloaded.source, named, maxTxtBytes);
  } catch (error) {
    await downloaded.cleanup();
    yield errorItem(error, downloaded.source);
    return;
  }
  if (text !== undefined) {
    await downloaded.cleanup();
    yield* resolveListing(text, downloaded.source, downloaded.finalUrl, options);
    return;
  }
  yield* handOverDownload(downloaded, {});
}

async function* handOverDownload(
  downloaded: DownloadedFile,
  extra: Pick<LocalInput, "locationName" | "locationNames" | "listedIn">,
): AsyncGenerator<ResolvedInput> {
  // A login wall or a "page not found" served with status 200 is the most
  // common way a hospital's MRF link is broken; say so instead of letting the
  // CSV reader complain about HTML columns.
  let head: Buffer;
  try {
    head = await readHead(downloaded.path, 256);
  } catch (error) {
    await downloaded.cleanup();
    yield errorItem(error, downloaded.source, extra);
    return;
  }
  const problem =
    head.length === 0
      ? "the server returned an empty file"
      : looksLikeHtml(head)
        ? "the server returned an HTML page, not a CSV or JSON file"
        : undefined;
  if (problem) {
    await downloaded.cleanup();
    yield { kind: "error", source: downloaded.source, message: problem, code: "bad-input", ...extra };
    return;
  }
  const { path: file, source, cleanup } = downloaded;
  yield* handOver({ kind: "file", path: file, source, cleanup, ...extra });
}

async function* resolveListing(
  text: string,
  source: string,
  baseUrl: string | undefined,
  options: ResolveOptions,
): AsyncGenerator<ResolvedInput> {
  const { entries, problems } = parseCmsHptTxt(text, baseUrl === undefined ? {} : { baseUrl });
  // Several locations of one system usually share a single MRF: fetch it once.
  const byUrl = new Map<string, string[]>();
  for (const entry of entries) {
    const names = byUrl.get(entry.mrfUrl) ?? [];
    if (entry.locationName && !names.includes(entry.locationName)) names.push(entry.locationName);
    byUrl.set(entry.mrfUrl, names);
  }
  options.onCmsHptTxt?.({ source, entries, problems, mrfUrls: [...byUrl.keys()] });

  for (const p of problems) {
    const message = `line ${p.line}: ${p.message}`;
    yield { kind: "error", source, message, code: "cms-hpt-txt", line: p.line, listedIn: source };
  }
  if (byUrl.size === 0) {
    yield { kind: "error", source, message: "the cms-hpt.txt lists no usable mrf-url", code: "cms-hpt-txt" };
    return;
  }
  for (const [mrfUrl, locationNames] of byUrl) {
    const extra = {
      listedIn: source,
      ...(locationNames[0] !== undefined ? { locationName: locationNames[0], locationNames } : {}),
    };
    let downloaded: DownloadedFile;
    try {
      downloaded = await fetchToTempFile(mrfUrl, options);
    } catch (error) {
      const about = { listedIn: source, ...(locationNames.length ? { locationNames } : {}) };
      yield errorItem(error, displayUrl(mrfUrl), about);
      continue;
    }
    yield* handOverDownload(downloaded, extra);
  }
}
