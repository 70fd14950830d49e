// CMS v3.0.0 JSON (per the v3 schema), streamed.
//
// The general attributes are written first, then standard_charge_information
// one item per line, then modifier_information. Nothing but the current item is
// held in memory. Optional attributes are omitted (not written as null or ""),
// because the schema rejects empty strings and null where a value is typed.

import { ATTESTATION_STATEMENT } from "./cms";
import type { FileSink } from "./sink";
import type { ChargeItem, ModifierEntry, MrfDocument, PayerRate, SettingCharge, WriteStats } from "./types";

type Json = Record<string, unknown>;

/** Adds key only when value is defined, preserving insertion order for stable output. */
function put(obj: Json, key: string, value: unknown): void {
  if (value !== undefined) obj[key] = value;
}

function payerJson(r: PayerRate): Json {
  const o: Json = { payer_name: r.payerName, plan_name: r.planName, methodology: r.methodology };
  put(o, "standard_charge_dollar", r.dollar);
  put(o, "standard_charge_percentage", r.percentage);
  put(o, "standard_charge_algorithm", r.algorithm);
  put(o, "median_amount", r.median);
  put(o, "10th_percentile", r.p10);
  put(o, "90th_percentile", r.p90);
  put(o, "count", r.count);
  put(o, "additional_payer_notes", r.notes);
  return o;
}

function chargeJson(c: SettingCharge): Json {
  const o: Json = { setting: c.setting };
  put(o, "gross_charge", c.gross);
  put(o, "discounted_cash", c.cash);
  put(o, "minimum", c.min);
  put(o, "maximum", c.max);
  put(o, "billing_class", c.billingClass);
  put(o, "additional_generic_notes", c.genericNotes);
  if (c.rates.length > 0) o.payers_information = c.rates.map(payerJson);
  return o;
}

function itemJson(item: ChargeItem): Json {
  const o: Json = { description: item.description };
  if (item.drug) o.drug_information = { unit: item.drug.unit, type: item.drug.type };
  o.code_information = item.codes.map((c) => ({ code: c.code, type: c.type }));
  o.standard_charges = item.charges.map(chargeJson);
  return o;
}

function modifierJson(m: ModifierEntry): Json {
  return {
    description: m.description,
    code: m.code,
    setting: m.setting,
    modifier_payer_information: m.payers.map((p) => ({
      payer_name: p.payerName,
      plan_name: p.planName,
      description: p.description,
    })),
  };
}

export async function writeJson(doc: MrfDocument, sink: FileSink): Promise<WriteStats> {
  const h = doc.header;
  const head = {
    hospital_name: h.hospitalName,
    last_updated_on: h.lastUpdatedOn,
    version: h.version,
    location_name: h.locations.map((l) => l.name),
    hospital_address: h.locations.map((l) => l.address),
    license_information: { license_number: h.licenseNumber, state: h.licenseState },
    type_2_npi: h.type2Npis,
    attestation: {
      attestation: ATTESTATION_STATEMENT,
      confirm_attestation: h.attestation,
      attester_name: h.attesterName,
    },
    financial_aid_policy: h.financialAidPolicy,
    general_contract_provisions: h.generalContractProvisions.map((p) => {
      const o: Json = { payer_name: p.payerName };
      put(o, "plan_name", p.planName);
      o.provisions = p.provisions;
      return o;
    }),
  };
  // Pretty-print the small head, then drop its closing brace to continue the object.
  const headText = JSON.stringify(head, null, 2);
  await sink.write(headText.slice(0, headText.lastIndexOf("}")).trimEnd() + ',\n  "standard_charge_information": [\n');

  let rows = 0;
  let records = 0;
  for (const item of doc.items) {
    await sink.write((records === 0 ? "    " : ",\n    ") + JSON.stringify(itemJson(item)));
    for (const c of item.charges) rows += Math.max(1, c.rates.length);
    records++;
  }
  await sink.write("\n  ]");

  if (doc.modifiers.length > 0) {
    await sink.write(',\n  "modifier_information": [\n');
    let first = true;
    for (const m of doc.modifiers) {
      await sink.write((first ? "    " : ",\n    ") + JSON.stringify(modifierJson(m)));
      first = false;
      rows += m.payers.length;
      records++;
    }
    await sink.write("\n  ]");
  }
  await sink.write("\n}\n");
  return { rows, records };
}
