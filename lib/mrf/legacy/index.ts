// Legacy (non-CMS-template) price files, read through a declared mapping.
export {
  CODE_TYPES,
  MAPPING_VERSION,
  METHODOLOGIES,
  MappingError,
  SETTINGS,
  legacyMappingSchema,
  loadMapping,
  parseMapping,
  type LegacyMapping,
  type LegacyMappingInput,
  type MappingIssue,
} from "./mapping";
export {
  LEGACY_VERSION,
  legacyHeader,
  readLegacyFile,
  readLegacyStream,
  resolveLegacyLayout,
  splitPayerPlan,
  type LegacyEvent,
  type LegacyLayout,
  type LegacyPayerColumn,
  type LegacyReadOptions,
} from "./reader";
