export { ingestFile, SUPPORTED_VERSIONS, type IngestOptions, type IngestSummary } from "./ingest-file";
export { slugify, parseAddress } from "./hospital";
export { deleteMrfFile, type DeletedFile } from "./delete-file";
