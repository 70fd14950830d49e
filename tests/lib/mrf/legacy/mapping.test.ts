import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MrfError } from "../../../../lib/mrf/types";
import { loadMapping, MappingError, parseMapping, type LegacyMappingInput } from "../../../../lib/mrf/legacy";

const SHIPPED = path.resolve(import.meta.dirname, "../../../../mappings/stony-brook-eastern-long-island-2023.yaml");

const dir = mkdtempSync(path.join(tmpdir(), "legacy-mapping-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The smallest valid mapping. */
const minimal = (): LegacyMappingInput => ({
  mappingVersion: 1,
  hospital: {
    name: "Test Hospital",
    locations: [{ name: "Test Hospital", address: "1 Main Street, Springfield, NY 10001" }],
    lastUpdatedOn: "2023-05-01",
  },
  columns: { description: "Description", setting: { default: "both" } },
});

/** The issues a mapping is rejected with. */
function issuesOf(data: unknown): { path: string; message: string }[] {
  try {
    parseMapping(data, "bad.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(MappingError);
    return (error as MappingError).issues;
  }
  throw new Error("the mapping was accepted");
}

describe("parseMapping", () => {
  it("fills defaults for the optional parts", () => {
    const m = parseMapping(minimal());
    expect(m.hospital).toMatchObject({ licenseState: null, licenseNumber: null, type2Npis: [], generalContractProvisions: null });
    expect(m.file).toEqual({
      skipRows: 0,
      emptyValues: [],
      numbers: { currencySymbols: [], thousandsSeparator: null, zeroIsEmpty: false },
      unmappedColumns: "error",
      ignoreColumns: [],
    });
    expect(m.columns.description).toEqual({ column: "Description", whenBlank: "error" });
    expect(m.columns.codes).toEqual([]);
    expect(m.placeholders).toEqual([]);
    expect(m.payers).toBeUndefined();
  });

  it("normalizes code types, states and dates", () => {
    const input = minimal();
    input.hospital.licenseState = "ny";
    input.columns.codes = [{ column: "Code", types: [{ type: "ms-drg", pattern: "^\\d{3}$" }], fallbackType: "local" }];
    const m = parseMapping(input);
    expect(m.hospital.licenseState).toBe("NY");
    expect(m.columns.codes[0]).toMatchObject({ types: [{ type: "MS-DRG" }], fallbackType: "LOCAL" });
    expect(parseMapping({ ...minimal(), hospital: { ...minimal().hospital, lastUpdatedOn: "5/1/2023" } }).hospital.lastUpdatedOn).toBe(
      "2023-05-01",
    );
  });

  it("names every missing required part", () => {
    expect(issuesOf({})).toEqual([
      { path: "mappingVersion", message: "mappingVersion must be 1" },
      { path: "hospital", message: "is required (a map of fields)" },
      { path: "columns", message: "is required (a map of fields)" },
    ]);
  });

  it("points at each bad field by its path", () => {
    const bad = {
      ...minimal(),
      hospital: {
        name: " ",
        locations: [{ name: "Main", address: "" }],
        licenseState: "New York",
        type2Npis: ["12345"],
        lastUpdatedOn: "2023-02-30",
        npi: "1234567890",
      },
      columns: {
        description: { column: "Description", whenBlank: "skip" },
        codes: [{ column: "Code", types: [{ type: "CPT4", pattern: "([0-9]" }] }],
        setting: { column: "Type", map: { Outpatient: "out-patient" } },
        gross: 3,
      },
    };
    const issues = issuesOf(bad);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      "hospital.name": "the hospital name must not be blank",
      "hospital.locations[0].address": "the location address must not be blank",
      "hospital.licenseState": "licenseState must be a two-letter state code",
      "hospital.type2Npis[0]": "an NPI has 10 digits",
      "hospital.lastUpdatedOn": '"2023-02-30" is not a real calendar date',
      "hospital.npi": "unknown field",
      "columns.description.whenBlank": "whenBlank must be error or code",
      "columns.codes[0].types[0].pattern": expect.stringContaining("pattern is not a valid regular expression"),
      "columns.setting.map.Outpatient": "must be one of inpatient, outpatient, both",
      "columns.gross": "a column name must be text",
    });
    expect(byPath["columns.codes[0].types[0].type"]).toMatch(/^must be one of the CMS code types: CPT, HCPCS/);
  });

  it("rejects contradictory or incomplete choices", () => {
    const input = {
      ...minimal(),
      columns: {
        description: "Description",
        setting: { map: { Inpatient: "inpatient" } },
        codes: [{ column: "Code", type: "CPT", types: [{ type: "HCPCS", pattern: "x" }] }],
        billingClass: { map: { Line: "line item" } },
      },
      payers: {
        columns: { after: "Derived", match: "-" },
        split: { pattern: "^(?<insurer>.+)-(?<plan>.+)$", at: "last" },
        methodology: "other",
      },
      placeholders: ["hospital.licenseNumber", "hospital.taxId"],
    };
    const paths = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "columns.codes[0]: give either `type` (one code type for the column) or `types` (rules), not both or neither",
        "columns.setting.default: give a `column`, a `default`, or both",
        "columns.setting.map: `map` needs a `column`",
        "columns.billingClass.default: give a `column`, a `default`, or both",
        "payers.columns: give exactly one of `after`, `match` or `names`",
        "payers.split.at: `at` only applies with `separator`",
        "payers.split.pattern: pattern needs a named group (?<payer>…), and may have (?<plan>…)",
        'payers.notes: methodology "other" needs `notes` explaining it (as CMS requires)',
      ]),
    );
  });

  it("checks that placeholders name fields of the mapping", () => {
    expect(issuesOf({ ...minimal(), placeholders: ["hospital.licenseNumber", "hospital.taxId"] })).toEqual([
      { path: "placeholders[1]", message: '"hospital.taxId" is not a field of this mapping' },
    ]);
  });

  it("reports as an MrfError naming the mapping file", () => {
    try {
      parseMapping({ ...minimal(), mappingVersion: 2 }, "m.yaml");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MrfError);
      expect((error as MrfError).describe()).toBe("m.yaml: invalid mapping: mappingVersion: mappingVersion must be 1");
    }
  });
});

describe("loadMapping", () => {
  it("reads YAML and JSON by extension", async () => {
    const json = write("m.json", JSON.stringify(minimal()));
    const yaml = write(
      "m.yml",
      [
        "mappingVersion: 1",
        "hospital:",
        "  name: Test Hospital",
        "  locations:",
        "    - { name: Test Hospital, address: '1 Main Street, Springfield, NY 10001' }",
        "  lastUpdatedOn: 2023-05-01   # unquoted: still a date string",
        "columns:",
        "  description: Description",
        "  setting: { default: both }",
      ].join("\n"),
    );
    const fromJson = await loadMapping(json);
    const fromYaml = await loadMapping(yaml);
    expect(fromYaml).toEqual(fromJson);
    expect(fromYaml.hospital.lastUpdatedOn).toBe("2023-05-01");
  });

  it("explains unreadable files", async () => {
    await expect(loadMapping(write("m.txt", "{}"))).rejects.toThrow(/must end in \.json, \.yaml or \.yml/);
    await expect(loadMapping(path.join(dir, "missing.yaml"))).rejects.toThrow(/cannot read the mapping file \(ENOENT\)/);
    await expect(loadMapping(write("bad.json", "{ mappingVersion: 1 "))).rejects.toThrow(/not valid JSON/);
    await expect(loadMapping(write("bad.yaml", "hospital:\n  name: [unclosed\n"))).rejects.toThrow(/not valid YAML/);
  });

  it("reports schema problems with the file name and field path", async () => {
    const file = write("npi.yaml", "mappingVersion: 1\nhospital:\n  name: H\n  type2Npis: [123]\n");
    const error = await loadMapping(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).file).toBe(file);
    expect((error as MappingError).issues).toEqual(
      expect.arrayContaining([
        { path: "hospital.locations", message: "locations must be a list of { name, address }" },
        { path: "hospital.type2Npis[0]", message: "an NPI must be text (quote it in YAML)" },
        { path: "hospital.lastUpdatedOn", message: "lastUpdatedOn is required (YYYY-MM-DD)" },
      ]),
    );
  });

  it("loads the shipped Stony Brook mapping, with its placeholders declared", async () => {
    const m = await loadMapping(SHIPPED);
    expect(m.hospital).toMatchObject({
      name: "Stony Brook Eastern Long Island Hospital",
      locations: [{ address: "201 Manor Place, Greenport, NY 11944" }],
      licenseState: "NY",
      licenseNumber: null,
      type2Npis: [],
    });
    expect(m.placeholders).toEqual(["hospital.licenseNumber", "hospital.type2Npis", "hospital.lastUpdatedOn"]);
    expect(m.payers).toMatchObject({ split: { separator: "-", at: "last" }, methodology: null });
  });
});
