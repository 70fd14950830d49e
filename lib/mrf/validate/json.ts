// The streaming JSON validator: the top-level attributes once, then one
// standard_charge_information item at a time, so a file of any size is checked
// without holding it in memory (and in the same pass as ingestion).
import { jsonIssue } from "./issues";
import { checkAttribute, knownAttributes, missingAttribute, requiredAttributes } from "./json-header";
import { JsonItemChecker } from "./json-items";
import { isObject } from "./json-shape";
import { NO_ISSUES, type Issue } from "./types";
import { dictionaryFor, unsupportedVersionMessage, versionRules, type SupportedVersion, type VersionRules } from "./versions";

export interface JsonValidator {
  /** The dictionary version the file is checked against, once checkHeader has seen it. */
  readonly version: SupportedVersion | null;
  readonly declaredVersion: string | null;
  /**
   * The top-level attributes read before the first item (they must include
   * "version", which decides the rules). Returns their errors, or the version error.
   */
  checkHeader(fields: Record<string, unknown>): Issue[];
  /** Errors and alerts of one standard_charge_information item. */
  checkItem(item: unknown, index: number): readonly Issue[];
  /**
   * Once the whole file is read: every top-level attribute (checks those not
   * seen by checkHeader, and the required ones that are missing) and file-level alerts.
   */
  finish(fields: Record<string, unknown>): Issue[];
}

export function createJsonValidator(): JsonValidator {
  let rules: VersionRules | null = null;
  let declared: string | null = null;
  let versionChecked = false;
  let items: JsonItemChecker | null = null;
  let itemCount = 0;
  const checked = new Set<string>();

  /** Reads the version and checks the attributes given; each attribute once. */
  const header = (fields: Record<string, unknown>): Issue[] => {
    const out: Issue[] = [];
    if (!versionChecked) {
      versionChecked = true;
      const problem = detect(fields);
      if (problem) return [problem];
    }
    if (!rules) return out;
    for (const key of knownAttributes(rules)) {
      if (checked.has(key) || !Object.prototype.hasOwnProperty.call(fields, key)) continue;
      checked.add(key);
      checkAttribute(key, fields[key], rules, out);
    }
    return out;
  };

  const detect = (fields: Record<string, unknown>): Issue | null => {
    const value = fields.version;
    if (value === undefined || value === null || value === "") {
      const cms = "hospital_name" in fields || "standard_charge_information" in fields;
      return jsonIssue(
        "version.missing",
        value === undefined
          ? `The top-level "version" attribute is missing, so the CMS template version cannot be told. Add "version" (e.g. "3.0.0").${cms ? "" : " Is this a CMS price transparency file?"}`
          : 'The top-level "version" is blank. Encode the CMS template version the file follows (e.g. "3.0.0").',
        "$.version",
      );
    }
    declared = typeof value === "string" ? value : JSON.stringify(value);
    const version = dictionaryFor(declared);
    if (!version) return jsonIssue("version.unsupported", unsupportedVersionMessage(declared), "$.version");
    rules = versionRules(version);
    items = new JsonItemChecker(rules);
    return null;
  };

  return {
    get version() {
      return rules?.version ?? null;
    },
    get declaredVersion() {
      return declared;
    },
    checkHeader: header,
    checkItem(item, index) {
      itemCount++;
      return items ? items.check(item, index) : NO_ISSUES;
    },
    finish(fields) {
      const out = header(fields);
      if (!rules) return out;
      for (const key of requiredAttributes(rules)) {
        if (!Object.prototype.hasOwnProperty.call(fields, key)) out.push(missingAttribute(key));
      }
      if (itemCount === 0) {
        out.push(
          jsonIssue(
            "header.missing",
            '"standard_charge_information" is missing or an empty list. List the items and services with their standard charges.',
            "$.standard_charge_information",
          ),
        );
      }
      out.push(...fileAlerts(fields, rules, declared));
      return out;
    },
  };
}

/** CMS's file-level alerters: a false attestation/affirmation, a version that differs from the template's. */
function fileAlerts(fields: Record<string, unknown>, rules: VersionRules, declared: string | null): Issue[] {
  const alerts: Issue[] = [];
  const name = rules.v3 ? "attestation" : "affirmation";
  const statement = fields[name];
  if (isObject(statement) && statement[`confirm_${name}`] === false) {
    alerts.push(
      jsonIssue(
        "alert.attestation_false",
        `confirm_${name} is false. The regulation requires the hospital to attest (true) that the file is complete and accurate.`,
        `$.${name}.confirm_${name}`,
      ),
    );
  }
  const expected = rules.v3 ? ["3.0.0"] : rules.only22 ? ["2.0.0", "2.2.0", "2.2.1"] : rules.v21 ? ["2.0.0", "2.1.0"] : [];
  if (typeof fields.version === "string" && expected.length > 0 && !expected.includes(fields.version) && declared !== null) {
    alerts.push(
      jsonIssue(
        "alert.version_mismatch",
        `The version ${JSON.stringify(fields.version)} does not match ${expected.length === 1 ? `the template version "${expected[0]}"` : `a template version (${expected.map((v) => `"${v}"`).join(", ")})`} CMS expects for data dictionary ${rules.version.slice(0, 3)} files.`,
        "$.version",
      ),
    );
  }
  return alerts;
}
