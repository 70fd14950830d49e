// Public API of the deterministic CMS v3.0.0 demo MRF generator.
//
//   generateDemoSet   - the ten fictional demo hospitals, one file each (or all formats)
//   generateMrfFile   - one hospital's file, optionally scaled to ~N rows (benchmarks)
//   runGenerateCommand - `priceline generate ...`
//
// Everything is streamed to disk and derived from a seed: same options, same bytes.

export { generateDemoSet, generateMrfFile, demoFileName, DEFAULT_SEED, MRF_FORMATS } from "./generate";
export type { DemoFile, GeneratedFile, GenerateDemoSetOptions, GenerateMrfFileOptions } from "./generate";
export { runGenerateCommand, GENERATE_USAGE, DEFAULT_OUT_DIR } from "./cli";
export type { CliIo } from "./cli";
export { DEMO_HOSPITALS } from "./hospitals";
export type { DemoHospital } from "./hospitals";
export { CATALOG } from "./catalog";
export { CMS_VERSION, DEFAULT_LAST_UPDATED_ON } from "./cms";
export type { MrfFormat } from "./types";
