// Streams a CMS JSON MRF into a header and ChargeRecords, one item at a time.
// Only the item being read is ever in memory (see ./scanner).
import type { Readable } from "node:stream";
import { JsonScanner } from "./scanner";
import { errorIssue, errorsOf, issueError, rawText, type ReadMode, type RejectedRow } from "../issues";
import { MrfError, type ChargeRecord, type MrfHeader, type PayerCharge } from "../types";
import { createJsonValidator } from "../validate/json";
import type { Issue } from "../validate/types";
import { MAX_PERCENTAGE, decimal, isoDate, text } from "../values";

export type JsonMrfEvent =
  | { type: "header"; header: MrfHeader }
  | { type: "record"; record: ChargeRecord }
  | ({ type: "rejected" } & RejectedRow)
  | { type: "issues"; issues: readonly Issue[] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ITEMS = "standard_charge_information";

// The top-level attributes of every template version that the reader uses.
const HEADER_KEYS = [
  "hospital_name", "last_updated_on", "version", "location_name", "hospital_location", "hospital_address",
  "license_information", "attestation", "affirmation", "type_2_npi", "general_contract_provisions",
  "financial_aid_policy", "modifier_information",
];
const HEADER_KEY_SET = new Set(HEADER_KEYS);

const str = (v: Json | undefined): string | undefined =>
  v === null || v === undefined ? undefined : typeof v === "object" ? undefined : String(v);
const obj = (v: Json | undefined): JsonObject =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);

function numberOrNull(value: string | undefined, path: string): string | null {
  try {
    return decimal(value, { path });
  } catch (error) {
    if (error instanceof MrfError) return null;
    throw error;
  }
}

function toHeader(fields: JsonObject, file?: string): MrfHeader {
  const need = (key: string) => {
    const v = text(str(fields[key]));
    if (v === null) throw new MrfError(`"${key}" is missing or blank`, { file, path: `$.${key}` });
    return v;
  };
  const hospitalName = need("hospital_name");
  const names = arr(fields.location_name).map((v) => str(v) ?? "").filter(Boolean);
  const addresses = arr(fields.hospital_address).map((v) => str(v) ?? "").filter(Boolean);
  const license = obj(fields.license_information);
  const attestation = obj(fields.attestation);
  const provisions = fields.general_contract_provisions;
  return {
    hospitalName,
    lastUpdatedOn: isoDate(need("last_updated_on"), { path: "$.last_updated_on" }),
    version: need("version"),
    locations: (names.length ? names : [hospitalName]).map((name, i) => ({
      name,
      address: addresses[i] ?? addresses[0] ?? "",
    })),
    licenseNumber: text(str(license.license_number)),
    licenseState: text(str(license.state))?.toUpperCase() ?? null,
    type2Npis: arr(fields.type_2_npi).map((v) => str(v) ?? "").filter(Boolean),
    attestation: typeof attestation.confirm_attestation === "boolean" ? attestation.confirm_attestation : null,
    attesterName: text(str(attestation.attester_name)),
    generalContractProvisions: Array.isArray(provisions)
      ? provisions.map((p) => `${str(obj(p).payer_name) ?? ""}: ${str(obj(p).provisions) ?? ""}`).join("\n")
      : text(str(provisions)),
  };
}

function toRecords(item: JsonObject, index: number, file?: string): ChargeRecord[] {
  const base = `$.${ITEMS}[${index}]`;
  const description = text(str(item.description));
  if (description === null) throw new MrfError("description is missing or blank", { file, path: `${base}.description` });
  const codes = arr(item.code_information).map((c, i) => {
    const code = text(str(obj(c).code));
    const type = text(str(obj(c).type))?.toUpperCase();
    if (code === null || !type) {
      throw new MrfError("each code needs a code and a type", { file, path: `${base}.code_information[${i}]` });
    }
    return { code, type };
  });
  const drug = obj(item.drug_information);
  return arr(item.standard_charges).map((c, ci) => {
    const charge = obj(c);
    const at = `${base}.standard_charges[${ci}]`;
    const money = (v: Json | undefined, key: string) => decimal(str(v), { path: `${at}.${key}` });
    const setting = text(str(charge.setting))?.toLowerCase();
    if (!setting) throw new MrfError("setting is missing", { file, path: `${at}.setting` });
    const payers: PayerCharge[] = arr(charge.payers_information).map((p, pi) => {
      const payer = obj(p);
      const pat = `${at}.payers_information[${pi}]`;
      const payerName = text(str(payer.payer_name));
      if (payerName === null) throw new MrfError("payer_name is missing", { file, path: `${pat}.payer_name` });
      const m = (key: string, max?: number) => decimal(str(payer[key]), { path: `${pat}.${key}` }, max);
      return {
        payerName,
        planName: text(str(payer.plan_name)),
        negotiatedDollar: m("standard_charge_dollar"),
        negotiatedPercentage: m("standard_charge_percentage", MAX_PERCENTAGE),
        negotiatedAlgorithm: text(str(payer.standard_charge_algorithm)),
        methodology: text(str(payer.methodology))?.toLowerCase() ?? null,
        medianAmount: m("median_amount"),
        percentile10: m("10th_percentile"),
        percentile90: m("90th_percentile"),
        allowedCount: text(str(payer.count)),
        payerNotes: text(str(payer.additional_payer_notes)),
      };
    });
    return {
      row: index + 1,
      description,
      codes,
      setting,
      modifiers: arr(charge.modifier_code).map((v) => str(v)).filter(Boolean).join("|") || null,
      // v2.2 encodes the unit as text, which need not be a number: kept only when it is one.
      drugUnit: numberOrNull(str(drug.unit), `${base}.drug_information.unit`),
      drugUnitType: text(str(drug.type))?.toUpperCase() ?? null,
      gross: money(charge.gross_charge, "gross_charge"),
      discountedCash: money(charge.discounted_cash, "discounted_cash"),
      minimum: money(charge.minimum, "minimum"),
      maximum: money(charge.maximum, "maximum"),
      genericNotes: text(str(charge.additional_generic_notes)),
      billingClass: text(str(charge.billing_class)),
      payers,
    };
  });
}

/** The item as published, for the quarantine (bounded; never fails on odd shapes). */
function itemText(value: JsonObject): string {
  try {
    return rawText(JSON.stringify(value));
  } catch {
    return "(item could not be shown)";
  }
}

/**
 * Reads the file. The general data elements usually precede the items; when a
 * file puts them after, `open` is used to read the file a second time (header
 * first), so items are still never held in memory. Each item is checked by the
 * CMS-rule validator as it is read: strict reads stop at the first error,
 * lenient reads set the item aside with its reasons and go on. Events come in
 * one array per chunk read (one await per chunk, not per item).
 */
export async function* readJsonMrf(
  open: () => Readable,
  file?: string,
  mode: ReadMode = "strict",
): AsyncGenerator<JsonMrfEvent[]> {
  let header: MrfHeader | undefined;
  const fields: JsonObject = {};
  let headerFirst = true;
  const validator = createJsonValidator();
  let out: JsonMrfEvent[] = [];

  function report(issues: readonly Issue[]): void {
    if (issues.length === 0) return;
    const errors = errorsOf(issues);
    if (mode === "strict" && errors.length) throw issueError(errors[0]!, file);
    out.push({ type: "issues", issues });
  }

  function startHeader(): void {
    report(validator.checkHeader(fields));
    header = toHeader(fields, file);
    out.push({ type: "header", header });
  }

  function item(value: JsonObject, index: number): void {
    const issues = validator.checkItem(value, index);
    const errors = issues.length ? errorsOf(issues) : issues;
    if (errors.length) {
      if (mode === "strict") throw issueError(errors[0]!, file);
      out.push({ type: "rejected", row: index + 1, raw: itemText(value), issues: [...issues] });
      return;
    }
    if (issues.length) out.push({ type: "issues", issues });
    let records: ChargeRecord[];
    try {
      records = toRecords(value, index, file);
    } catch (error) {
      if (!(error instanceof MrfError) || mode === "strict") throw error;
      out.push({ type: "rejected", row: index + 1, raw: itemText(value), issues: [errorIssue(error)] });
      return;
    }
    for (const record of records) out.push({ type: "record", record });
  }

  function take(): JsonMrfEvent[] {
    const events = out;
    out = [];
    return events;
  }

  /** The items of the file, one array per chunk read. */
  const scan = async function* (wantItems: boolean): AsyncGenerator<{ item: JsonObject; index: number }[]> {
    let queue: { item: JsonObject; index: number }[] = [];
    const scanner = new JsonScanner(
      {
        onField: (key, value) => {
          if (HEADER_KEY_SET.has(key)) fields[key] = value as Json;
        },
        onItem: (value, index) => {
          queue.push({ item: obj(value as Json), index });
        },
      },
      { itemsKey: ITEMS, parseItems: wantItems },
    );
    let sawRoot = false;
    try {
      for await (const chunk of open()) {
        sawRoot = true;
        // Text after the root value is ignored, as CMS's validator ignores it (with an alert).
        scanner.write(chunk as Buffer);
        if (queue.length) {
          yield queue;
          queue = [];
        }
        if (scanner.isEnded) break;
      }
      if (!sawRoot) throw new MrfError("the file is empty", { file });
      scanner.end();
    } catch (error) {
      if (error instanceof MrfError) throw error;
      if (!(error instanceof SyntaxError)) throw error;
      throw new MrfError(`not valid JSON: ${error.message}`, { file });
    }
    if (queue.length) yield queue;
  };

  scanning: for await (const items of scan(true)) {
    for (const { item: value, index } of items) {
      if (!header) {
        if (fields.hospital_name === undefined || fields.last_updated_on === undefined || fields.version === undefined) {
          headerFirst = false;
          break scanning;
        }
        startHeader();
      }
      item(value, index);
    }
    if (out.length) yield take();
  }
  if (!header) {
    if (headerFirst) {
      // No items at all: still a file with a header.
      startHeader();
    } else {
      // Header after the items: read the header fields in full, then the items again.
      for await (const _ of scan(false)) void _;
      startHeader();
      for await (const items of scan(true)) {
        for (const { item: value, index } of items) item(value, index);
        if (out.length) yield take();
      }
    }
  }
  report(validator.finish(fields));
  if (out.length) yield take();
}
