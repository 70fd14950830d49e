// The declared mapping of a legacy (non-CMS-template) price file: the hospital
// facts the file lacks and which column holds which data element. Written as
// JSON or YAML by whoever onboards the file; see docs/legacy-mappings.md.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { MrfError } from "../types";
import { isoDate } from "../values";

/** Code types of the CMS dictionary (v2 and v3). */
export const CODE_TYPES = [
  "CPT", "HCPCS", "ICD", "DRG", "MS-DRG", "R-DRG", "S-DRG", "APS-DRG", "AP-DRG", "APR-DRG",
  "APC", "NDC", "HIPPS", "LOCAL", "EAPG", "CDT", "RC", "CDM", "TRIS-DRG", "CMG", "MS-LTC-DRG",
] as const;
export const SETTINGS = ["inpatient", "outpatient", "both"] as const;
export const METHODOLOGIES = ["case rate", "fee schedule", "percent of total billed charges", "per diem", "other"] as const;
export const MAPPING_VERSION = 1;

/** A problem in a mapping file, at a dotted path such as `columns.codes[0].types[1].pattern`. */
export interface MappingIssue {
  path: string;
  message: string;
}

/** A mapping file that cannot be used; lists every problem found, each with the path of the bad field. */
export class MappingError extends MrfError {
  constructor(
    readonly file: string,
    readonly issues: MappingIssue[],
  ) {
    super(
      `invalid mapping: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`,
      { file },
    );
    this.name = "MappingError";
  }
}

// ---- building blocks ------------------------------------------------------

const text = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} must not be blank` });

/** A column, named by its header text (matched ignoring case and repeated spaces). */
const column = text("a column name");

const regex = (what: string) =>
  text(what).superRefine((value, ctx) => {
    try {
      new RegExp(value, "i");
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `${what} is not a valid regular expression (${(error as Error).message})` });
    }
  });

const codeType = z
  .string({ error: "a code type must be text" })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(CODE_TYPES, { error: `must be one of the CMS code types: ${CODE_TYPES.join(", ")}` }));

const setting = z.enum(SETTINGS, { error: `must be one of ${SETTINGS.join(", ")}` });

/** Cell value → stored value, matched ignoring case and surrounding spaces. */
const valueMap = <T extends z.ZodType<string>>(value: T) =>
  z.record(z.string(), value, { error: "must be a map of cell value → stored value" }).superRefine((map, ctx) => {
    const seen = new Map<string, string>();
    for (const key of Object.keys(map)) {
      const norm = key.trim().replace(/\s+/g, " ").toLowerCase();
      if (norm === "") ctx.addIssue({ code: "custom", message: "a blank cell value cannot be mapped (blank cells use `default`)", path: [key] });
      const prev = seen.get(norm);
      if (prev !== undefined) ctx.addIssue({ code: "custom", message: `"${key}" and "${prev}" are the same value (matching ignores case)`, path: [key] });
      seen.set(norm, key);
    }
  });

const codeTypeRule = z.strictObject({
  type: codeType,
  /** Regular expression the code must match (case-insensitive). */
  pattern: regex("pattern"),
  /** Further conditions: column name → regular expression its cell must match. */
  when: z.record(z.string(), regex("a `when` condition"), { error: "when must be a map of column name → regular expression" }).optional(),
});

const codeColumn = z
  .strictObject({
    column,
    /** One fixed code type for every code in the column… */
    type: codeType.optional(),
    /** …or rules tried in order, the first match giving the type… */
    types: z.array(codeTypeRule).min(1, { error: "list at least one rule, or use `type`" }).optional(),
    /** …and the type of codes no rule matches (without it such a code is an error). */
    fallbackType: codeType.optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.type === undefined) === (c.types === undefined)) {
      ctx.addIssue({ code: "custom", message: "give either `type` (one code type for the column) or `types` (rules), not both or neither" });
    }
    if (c.type !== undefined && c.fallbackType !== undefined) {
      ctx.addIssue({ code: "custom", message: "`fallbackType` only applies with `types` rules", path: ["fallbackType"] });
    }
  });

const settingSpec = z
  .strictObject({
    column: column.optional(),
    map: valueMap(setting).optional(),
    /** For blank cells, or every row when there is no column. */
    default: setting.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.column === undefined && s.default === undefined) {
      ctx.addIssue({ code: "custom", message: "give a `column`, a `default`, or both", path: ["default"] });
    }
    if (s.column === undefined && s.map !== undefined) {
      ctx.addIssue({ code: "custom", message: "`map` needs a `column`", path: ["map"] });
    }
  });

/** A text element taken from a column, optionally translated by a value map. */
const mappedText = z
  .strictObject({
    column: column.optional(),
    map: valueMap(text("a mapped value")).optional(),
    default: text("default").nullable().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.column === undefined && (s.default === undefined || s.default === null)) {
      ctx.addIssue({ code: "custom", message: "give a `column`, a `default`, or both", path: ["default"] });
    }
    if (s.column === undefined && s.map !== undefined) {
      ctx.addIssue({ code: "custom", message: "`map` needs a `column`", path: ["map"] });
    }
  });

const dateText = z.union([z.string(), z.date()], { error: "lastUpdatedOn is required (YYYY-MM-DD)" }).transform((value, ctx) => {
  const raw = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  try {
    return isoDate(raw, {});
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

const hospital = z.strictObject({
  name: text("the hospital name"),
  locations: z
    .array(z.strictObject({ name: text("the location name"), address: text("the location address") }), {
      error: "locations must be a list of { name, address }",
    })
    .min(1, { error: "list at least one location" }),
  licenseState: z
    .string({ error: "licenseState must be a two-letter state code" })
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: "licenseState must be a two-letter state code" })
    .transform((s) => s.toUpperCase())
    .nullable()
    .default(null),
  licenseNumber: text("licenseNumber").nullable().default(null),
  type2Npis: z
    .array(z.string({ error: "an NPI must be text (quote it in YAML)" }).trim().regex(/^\d{10}$/, { error: "an NPI has 10 digits" }))
    .default([]),
  lastUpdatedOn: dateText,
  generalContractProvisions: text("generalContractProvisions").nullable().default(null),
});

const payerColumns = z
  .strictObject({
    /** Every column after this one… */
    after: column.optional(),
    /** …or every column whose header matches this regular expression… */
    match: regex("match").optional(),
    /** …or exactly these columns. */
    names: z.array(column).min(1, { error: "list at least one column" }).optional(),
  })
  .superRefine((p, ctx) => {
    const given = [p.after, p.match, p.names].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: "custom", message: "give exactly one of `after`, `match` or `names`" });
    }
  });

const payerSplit = z
  .strictObject({
    separator: z.string({ error: "separator must be text" }).min(1, { error: "separator must not be empty" }).optional(),
    at: z.enum(["first", "last"], { error: "at must be first or last" }).optional(),
    /** A regular expression with named groups `payer` and (optionally) `plan`. */
    pattern: regex("pattern").optional(),
    /** Headers without a plan part become payer-only charges instead of an error. */
    planOptional: z.boolean({ error: "planOptional must be true or false" }).default(false),
  })
  .superRefine((s, ctx) => {
    if ((s.separator === undefined) === (s.pattern === undefined)) {
      ctx.addIssue({ code: "custom", message: "give either `separator` (with `at`) or `pattern`" });
    }
    if (s.pattern !== undefined) {
      if (s.at !== undefined) ctx.addIssue({ code: "custom", message: "`at` only applies with `separator`", path: ["at"] });
      if (!s.pattern.includes("(?<payer>")) {
        ctx.addIssue({ code: "custom", message: "pattern needs a named group (?<payer>…), and may have (?<plan>…)", path: ["pattern"] });
      }
    }
  });

export const legacyMappingSchema = z.strictObject({
  mappingVersion: z.literal(MAPPING_VERSION, { error: `mappingVersion must be ${MAPPING_VERSION}` }),
  hospital,
  source: z
    .strictObject({
      note: text("source.note"),
      url: z.url({ protocol: /^https?$/, error: "url must be an http(s) URL" }).optional(),
    })
    .optional(),
  /** Dotted paths of values that are placeholders for facts not yet known. */
  placeholders: z.array(text("a placeholder path")).default([]),
  file: z
    .strictObject({
      /** Rows before the column-header row (titles, disclaimers). */
      skipRows: z.number({ error: "skipRows must be a whole number" }).int({ error: "skipRows must be a whole number" }).min(0).default(0),
      /** Cell values that mean "no value" (matched ignoring case and surrounding spaces). */
      emptyValues: z.array(z.string({ error: "an empty value must be text" })).default([]),
      numbers: z
        .strictObject({
          currencySymbols: z.array(z.string().min(1, { error: "a currency symbol must not be empty" })).default([]),
          thousandsSeparator: z.enum([",", " ", "'", "_"], { error: 'thousandsSeparator must be one of ",", " ", "\'", "_"' }).nullable().default(null),
          /** Treat 0 as "no value" instead of an error. */
          zeroIsEmpty: z.boolean({ error: "zeroIsEmpty must be true or false" }).default(false),
        })
        .default({ currencySymbols: [], thousandsSeparator: null, zeroIsEmpty: false }),
      /** What to do with a column the mapping does not mention: fail (default) or ignore it. */
      unmappedColumns: z.enum(["error", "ignore"], { error: "unmappedColumns must be error or ignore" }).default("error"),
      /** Columns deliberately left out. */
      ignoreColumns: z.array(column).default([]),
    })
    .default({
      skipRows: 0,
      emptyValues: [],
      numbers: { currencySymbols: [], thousandsSeparator: null, zeroIsEmpty: false },
      unmappedColumns: "error",
      ignoreColumns: [],
    }),
  columns: z.strictObject({
    /** A column name, or { column, whenBlank }. */
    description: z.preprocess(
      (value) => (typeof value === "string" ? { column: value } : value),
      z.strictObject(
        {
          column,
          /** error (default): a blank description fails the row; code: describe the item by its first code ("MS-DRG 772"). */
          whenBlank: z.enum(["error", "code"], { error: "whenBlank must be error or code" }).default("error"),
        },
        { error: (iss) => (iss.input === undefined ? "description is required" : "description must be a column name, or { column, whenBlank }") },
      ),
    ),
    codes: z.array(codeColumn).default([]),
    setting: settingSpec,
    billingClass: mappedText.optional(),
    modifiers: column.optional(),
    gross: column.optional(),
    discountedCash: column.optional(),
    minimum: column.optional(),
    maximum: column.optional(),
    /** A column of free-text notes about the item. */
    notes: column.optional(),
    /** Other columns carried into the notes as "Header: value". */
    extraNotes: z.array(column).default([]),
  }),
  payers: z
    .strictObject({
      columns: payerColumns,
      split: payerSplit,
      /** Methodology recorded for every payer charge; legacy files rarely state one. */
      methodology: z.enum(METHODOLOGIES, { error: `methodology must be one of ${METHODOLOGIES.join(", ")}` }).nullable().default(null),
      /** Payer notes recorded for every payer charge. */
      notes: text("payers.notes").nullable().default(null),
    })
    .superRefine((p, ctx) => {
      if (p.methodology === "other" && p.notes === null) {
        ctx.addIssue({ code: "custom", message: 'methodology "other" needs `notes` explaining it (as CMS requires)', path: ["notes"] });
      }
    })
    .optional(),
});

export type LegacyMapping = z.output<typeof legacyMappingSchema>;
export type LegacyMappingInput = z.input<typeof legacyMappingSchema>;

function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? String(s) : `.${String(s)}`;
  }
  return out;
}

/** The value at a dotted path of a parsed mapping (for `placeholders`). */
function hasPath(root: unknown, dotted: string): boolean {
  let node: unknown = root;
  for (const part of dotted.split(".")) {
    if (node === null || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/** Validates parsed mapping data; `file` names the mapping in errors. */
export function parseMapping(data: unknown, file = "mapping"): LegacyMapping {
  const result = legacyMappingSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const at = formatPath(issue.path);
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => ({ path: at ? `${at}.${key}` : key, message: "unknown field" }));
      }
      // Zod's own wording for a missing field; the schema's messages are kept.
      if (issue.code === "invalid_type" && issue.input === undefined && issue.message.startsWith("Invalid input")) {
        return [{ path: at, message: `is required (${issue.expected === "object" ? "a map of fields" : issue.expected})` }];
      }
      return [{ path: at, message: issue.message }];
    });
    throw new MappingError(file, issues.flat());
  }
  const mapping = result.data;
  const bad = mapping.placeholders
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !hasPath(mapping, p))
    .map(({ p, i }) => ({ path: `placeholders[${i}]`, message: `"${p}" is not a field of this mapping` }));
  if (bad.length) throw new MappingError(file, bad);
  return mapping;
}

/** Reads a mapping file: `.json` as JSON, `.yaml` / `.yml` as YAML. */
export async function loadMapping(file: string): Promise<LegacyMapping> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".json" && ext !== ".yaml" && ext !== ".yml") {
    throw new MappingError(file, [{ path: "", message: `a mapping file must end in .json, .yaml or .yml (got "${ext || "no extension"}")` }]);
  }
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    throw new MappingError(file, [{ path: "", message: `cannot read the mapping file (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
  }
  let data: unknown;
  if (ext === ".json") {
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new MappingError(file, [{ path: "", message: `not valid JSON: ${(error as Error).message}` }]);
    }
  } else {
    const doc = parseDocument(source, { prettyErrors: true });
    const first = doc.errors[0];
    if (first) throw new MappingError(file, [{ path: "", message: `not valid YAML: ${first.message}` }]);
    data = doc.toJS();
  }
  return parseMapping(data, file);
}
