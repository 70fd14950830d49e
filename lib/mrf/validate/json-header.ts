// JSON top-level attributes (the general data elements and modifier_information),
// checked as CMS's JSON schema of each version checks them.
import { AFFIRMATION, ATTESTATION, JSON_STATE_CODES, SETTINGS } from "./constants";
import { jsonIssue } from "./issues";
import { child, has, isObject, jsonType, type JsonObject } from "./json-shape";
import type { Issue } from "./types";
import { isIsoDate } from "./values";
import type { VersionRules } from "./versions";

const STATES = new Set<string>(JSON_STATE_CODES);
const SETTING_VALUES = new Set<string>(SETTINGS);

/** Required top-level attributes besides standard_charge_information, in CMS's order. */
export function requiredAttributes(rules: VersionRules): string[] {
  return rules.v3
    ? ["hospital_name", "last_updated_on", "location_name", "hospital_address", "type_2_npi", "license_information", "attestation", "version"]
    : ["hospital_name", "last_updated_on", "hospital_location", "hospital_address", "license_information", "affirmation", "version"];
}

/** The attributes the schema of this version describes (others are free-form). */
export function knownAttributes(rules: VersionRules): string[] {
  const known = ["hospital_name", "last_updated_on", "version", "hospital_address", "license_information"];
  known.push(...(rules.v3 ? ["location_name", "type_2_npi", "attestation"] : ["hospital_location", "affirmation"]));
  if (rules.v22) known.push("modifier_information");
  return known;
}

const WHAT: Record<string, string> = {
  hospital_name: "the hospital's legal business name",
  last_updated_on: "the date the file was last updated (YYYY-MM-DD)",
  version: 'the CMS template version (e.g. "3.0.0")',
  hospital_address: "a list of the hospital locations' addresses",
  hospital_location: "a list of the hospital location names",
  location_name: "a list of the hospital location names",
  type_2_npi: "a list of the hospital's type 2 organizational NPIs",
  license_information: 'an object with the license "state" (and "license_number" when there is one)',
  attestation: 'the attestation object ("attestation", "confirm_attestation", "attester_name")',
  affirmation: 'the affirmation object ("affirmation", "confirm_affirmation")',
};

export function missingAttribute(key: string): Issue {
  return jsonIssue("header.missing", `"${key}" is missing from the top-level object. Add ${WHAT[key] ?? "it"}.`, `$.${key}`);
}

/** Checks one top-level attribute; unknown attributes are accepted, as the schema allows. */
export function checkAttribute(key: string, value: unknown, rules: VersionRules, out: Issue[]): void {
  const path = `$.${key}`;
  switch (key) {
    case "hospital_name":
    case "version":
      requiredText(value, path, key, out);
      return;
    case "last_updated_on":
      if (typeof value !== "string") out.push(wrongType(path, key, "a date as text (YYYY-MM-DD)", value));
      else if (!isIsoDate(value)) {
        out.push(
          jsonIssue(
            "header.date_invalid",
            `last_updated_on ${JSON.stringify(value)} is not a valid date. JSON files must use YYYY-MM-DD (e.g. "2026-01-15"), and the day must exist.`,
            path,
          ),
        );
      }
      return;
    case "hospital_address":
      textList(value, path, key, rules.v3, out);
      return;
    case "hospital_location":
      if (!rules.v3) textList(value, path, key, false, out);
      return;
    case "location_name":
    case "type_2_npi":
      if (rules.v3) textList(value, path, key, true, out);
      return;
    case "license_information":
      license(value, path, out);
      return;
    case "attestation":
      if (rules.v3) statement(value, path, "attestation", ATTESTATION, out);
      return;
    case "affirmation":
      if (!rules.v3) statement(value, path, "affirmation", AFFIRMATION, out);
      return;
    case "modifier_information":
      if (rules.v22) modifiers(value, path, rules, out);
      return;
  }
}

function wrongType(path: string, key: string, expected: string, value: unknown): Issue {
  return jsonIssue("header.value_invalid", `"${key}" must be ${expected}, but it is ${jsonType(value)}.`, path);
}

function requiredText(value: unknown, path: string, key: string, out: Issue[]): void {
  if (typeof value !== "string") out.push(wrongType(path, key, "text (a JSON string)", value));
  else if (value === "") out.push(jsonIssue("header.value_required", `"${key}" is blank. Encode ${WHAT[key] ?? "it"}.`, path));
}

/** A non-empty list of strings; from v3 the strings may not be blank either. */
function textList(value: unknown, path: string, key: string, nonBlankItems: boolean, out: Issue[]): void {
  if (!Array.isArray(value)) {
    out.push(wrongType(path, key, "a list of text values (a JSON array of strings)", value));
    return;
  }
  if (value.length === 0) out.push(jsonIssue("header.value_required", `"${key}" is an empty list. Encode ${WHAT[key] ?? "at least one value"}.`, path));
  value.forEach((item, i) => {
    if (typeof item !== "string") out.push(wrongType(child(path, i), key, "a list of text values", item));
    else if (nonBlankItems && item === "") out.push(jsonIssue("header.value_required", `"${key}" has a blank entry. Remove it or fill it in.`, child(path, i)));
  });
}

function license(value: unknown, path: string, out: Issue[]): void {
  if (!isObject(value)) {
    out.push(wrongType(path, "license_information", 'an object with "state" and "license_number"', value));
    return;
  }
  if (has(value, "license_number")) {
    const n = value.license_number;
    if (typeof n !== "string") out.push(wrongType(child(path, "license_number"), "license_number", "text (a JSON string)", n));
    else if (n === "") {
      out.push(jsonIssue("header.value_required", '"license_number" is blank. Leave the attribute out when the hospital has no license number.', child(path, "license_number")));
    }
  }
  if (!has(value, "state")) {
    out.push(jsonIssue("header.missing", 'license_information has no "state". Encode the two-letter licensing state or territory (e.g. "CA").', child(path, "state")));
  } else if (typeof value.state !== "string" || !STATES.has(value.state)) {
    out.push(
      jsonIssue(
        "header.license_state_invalid",
        `The license state ${typeof value.state === "string" ? JSON.stringify(value.state) : `(${jsonType(value.state)})`} is not a state or territory abbreviation. Encode the two-letter code in capitals (e.g. "CA").`,
        child(path, "state"),
      ),
    );
  }
}

/** The v2 affirmation / v3 attestation object. */
function statement(value: unknown, path: string, name: "attestation" | "affirmation", text: string, out: Issue[]): void {
  if (!isObject(value)) {
    out.push(wrongType(path, name, `an object with "${name}" and "confirm_${name}"`, value));
    return;
  }
  if (!has(value, name)) {
    out.push(jsonIssue("header.missing", `The ${name} object has no "${name}" text. Encode CMS's ${name} statement exactly.`, child(path, name)));
  } else if (value[name] !== text) {
    out.push(
      jsonIssue(
        "header.attestation_invalid",
        `The "${name}" text differs from CMS's ${name} statement for this version. Copy the statement exactly from the CMS ${name === "attestation" ? "v3.0" : "v2"} data dictionary.`,
        child(path, name),
      ),
    );
  }
  const confirm = `confirm_${name}`;
  if (!has(value, confirm)) {
    out.push(jsonIssue("header.missing", `The ${name} object has no "${confirm}". Encode true (or false).`, child(path, confirm)));
  } else if (typeof value[confirm] !== "boolean") {
    out.push(
      jsonIssue("header.attestation_invalid", `"${confirm}" must be the JSON boolean true or false, but it is ${jsonType(value[confirm])}.`, child(path, confirm)),
    );
  }
  if (name === "attestation") {
    if (!has(value, "attester_name")) {
      out.push(jsonIssue("header.missing", 'The attestation object has no "attester_name". Encode the name of the official who attests to the file.', child(path, "attester_name")));
    } else if (typeof value.attester_name !== "string") {
      out.push(wrongType(child(path, "attester_name"), "attester_name", "text (a JSON string)", value.attester_name));
    } else if (value.attester_name === "") {
      out.push(jsonIssue("header.value_required", '"attester_name" is blank. Encode the first and last name of the official who attests to the file.', child(path, "attester_name")));
    }
  }
}

function modifierIssue(path: string, message: string): Issue {
  return jsonIssue("modifier.invalid", message, path);
}

function requiredModifierText(entry: JsonObject, key: string, path: string, what: string, out: Issue[]): void {
  if (!has(entry, key)) out.push(modifierIssue(child(path, key), `"${key}" is missing. Encode ${what}.`));
  else if (typeof entry[key] !== "string") out.push(modifierIssue(child(path, key), `"${key}" must be text, but it is ${jsonType(entry[key])}.`));
  else if (entry[key] === "") out.push(modifierIssue(child(path, key), `"${key}" is blank. Encode ${what}.`));
}

/** v2.2+: modifier_information, the modifiers and how each payer adjusts for them. */
function modifiers(value: unknown, path: string, rules: VersionRules, out: Issue[]): void {
  if (!Array.isArray(value)) {
    out.push(modifierIssue(path, `modifier_information must be a list of modifier objects, but it is ${jsonType(value)}.`));
    return;
  }
  if (rules.v3 && value.length === 0) out.push(modifierIssue(path, "modifier_information is an empty list. Leave it out when there are no modifiers."));
  value.forEach((entry, i) => {
    const at = child(path, i);
    if (!isObject(entry)) {
      out.push(modifierIssue(at, `Each modifier must be an object, but this one is ${jsonType(entry)}.`));
      return;
    }
    requiredModifierText(entry, "description", at, "what the modifier means", out);
    requiredModifierText(entry, "code", at, "the modifier code", out);
    if (rules.v3 && has(entry, "setting") && (typeof entry.setting !== "string" || !SETTING_VALUES.has(entry.setting))) {
      out.push(modifierIssue(child(at, "setting"), `The modifier's setting ${jsonType(entry.setting)} must be "inpatient", "outpatient" or "both".`));
    }
    const payersPath = child(at, "modifier_payer_information");
    if (!has(entry, "modifier_payer_information")) {
      out.push(modifierIssue(payersPath, '"modifier_payer_information" is missing. List each payer and plan with how the modifier changes its payment.'));
      return;
    }
    const payers = entry.modifier_payer_information;
    if (!Array.isArray(payers)) {
      out.push(modifierIssue(payersPath, `"modifier_payer_information" must be a list, but it is ${jsonType(payers)}.`));
      return;
    }
    if (payers.length === 0) out.push(modifierIssue(payersPath, '"modifier_payer_information" is an empty list. List at least one payer and plan.'));
    payers.forEach((payer, k) => {
      const pat = child(payersPath, k);
      if (!isObject(payer)) {
        out.push(modifierIssue(pat, `Each modifier payer entry must be an object, but this one is ${jsonType(payer)}.`));
        return;
      }
      requiredModifierText(payer, "payer_name", pat, "the payer's name", out);
      requiredModifierText(payer, "plan_name", pat, "the plan's name", out);
      requiredModifierText(payer, "description", pat, "how the modifier changes this payer's payment", out);
    });
  });
}
