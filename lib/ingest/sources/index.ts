// Where MRFs come from: local paths, http(s) URLs (gzip and zip unpacked on
// the fly) and hospitals' cms-hpt.txt listings. Everything ends as a local
// file for ingestFile(); resolveInput is the one-call entry point.
export {
  resolveInput,
  type CmsHptListing,
  type InputError,
  type LocalInput,
  type ResolveOptions,
  type ResolvedInput,
} from "./resolve";
export {
  fetchToTempFile,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type DownloadedFile,
  type FetchOptions,
} from "./fetch";
export { unpackLocalFile, type LocalFileOptions, type UnpackedFile } from "./local";
export {
  parseCmsHptTxt,
  looksLikeCmsHptTxt,
  type CmsHptEntry,
  type CmsHptProblem,
  type CmsHptTxt,
} from "./cms-hpt-txt";
export { SourceError, type SourceErrorCode } from "./errors";
export { DEFAULT_LIMITS, type SizeLimits } from "./limits";
export { TEMP_PREFIX } from "./temp";
