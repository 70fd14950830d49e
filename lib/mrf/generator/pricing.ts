// Turns catalog entries into priced items for one hospital.
//
// Price model (all multiplicative, all seeded):
//   reference price = catalog base × hospital price index × item noise
//   gross charge    = reference price (× an inpatient uplift when settings are priced apart)
//   cash price      = gross × hospital cash ratio (always below gross)
//   negotiated $    = reference × plan payment level × noise (below gross)
// Percentages and algorithms stand in for contracts that cannot be written as
// one dollar amount; they always carry the v3 allowed-amount statistics.
//
// Each item draws from its own stream Rng.from(seed, hospital, item key), so an
// item's prices do not depend on which other items are in the file.

import type { CatalogEntry, ServiceKind } from "./catalog";
import { MODIFIERS } from "./catalog";
import { cents, dollarsText, money } from "./format";
import type { DemoHospital, PayerDef } from "./hospitals";
import { NATIONAL_PAYERS, REGIONAL_PAYERS } from "./hospitals";
import { Rng } from "./prng";
import type { ChargeItem, ContractProvision, ModifierEntry, PayerPlan, PayerRate, SettingCharge } from "./types";

/** A plan the hospital has a contract with, and how generously it pays. */
export interface PlanContract extends PayerPlan {
  /** Payment level as a fraction of the reference (gross) price. */
  factor: number;
}

export interface PricingContext {
  seed: number;
  hospital: DemoHospital;
  plans: PlanContract[];
  /** Hospital price index after seeded noise. */
  priceIndex: number;
  /** Discounted cash price as a fraction of gross. */
  cashRatio: number;
}

/**
 * The payers and plans a hospital contracts with. Uses a fixed stream (not the
 * user seed) so the demo set's structure - which payers, which plans - is
 * stable, and only the numbers change with the seed.
 */
export function contractedPayers(hospital: DemoHospital): { payer: PayerDef; plans: PayerDef["plans"] }[] {
  const rng = Rng.from("structure", hospital.id, "payers");
  const regional = REGIONAL_PAYERS[hospital.state] ?? [];
  const national = rng.sample(NATIONAL_PAYERS, rng.int(2, 4));
  return [...regional, ...national].map((payer) => ({
    payer,
    plans: rng.sample(payer.plans, rng.int(1, Math.min(3, payer.plans.length))),
  }));
}

export function pricingContext(hospital: DemoHospital, seed: number): PricingContext {
  const rng = Rng.from(seed, hospital.id, "hospital");
  const priceIndex = hospital.priceIndex * rng.range(0.92, 1.08);
  const cashRatio = rng.range(0.45, 0.72);
  const plans: PlanContract[] = [];
  for (const { payer, plans: chosen } of contractedPayers(hospital)) {
    for (const plan of chosen) {
      const prng = Rng.from(seed, hospital.id, "plan", payer.name, plan.name);
      plans.push({ payerName: payer.name, planName: plan.name, factor: prng.range(plan.factor[0], plan.factor[1]) });
    }
  }
  return { seed, hospital, plans, priceIndex, cashRatio };
}

type RateKind = "dollar" | "percentage" | "algorithm-case" | "algorithm-other" | "algorithm-per-diem";

const RATE_MIX: Record<ServiceKind, readonly (readonly [RateKind, number])[]> = {
  drg: [["dollar", 0.68], ["algorithm-case", 0.16], ["algorithm-other", 0.1], ["percentage", 0.06]],
  er: [["dollar", 0.6], ["percentage", 0.4]],
  room: [["dollar", 0.9], ["percentage", 0.1]],
  implant: [["dollar", 0.6], ["percentage", 0.25], ["algorithm-other", 0.15]],
  obstetric: [["dollar", 0.75], ["algorithm-per-diem", 0.15], ["percentage", 0.1]],
  surgery: [["dollar", 0.88], ["percentage", 0.07], ["algorithm-other", 0.05]],
  procedure: [["dollar", 0.92], ["percentage", 0.08]],
  imaging: [["dollar", 0.94], ["percentage", 0.06]],
  lab: [["dollar", 0.95], ["percentage", 0.05]],
  therapy: [["dollar", 0.95], ["percentage", 0.05]],
  visit: [["dollar", 0.96], ["percentage", 0.04]],
  drug: [["dollar", 0.92], ["percentage", 0.08]],
  supply: [["dollar", 0.85], ["percentage", 0.15]],
};

const DOLLAR_METHOD: Record<ServiceKind, PayerRate["methodology"]> = {
  drg: "case rate",
  er: "fee schedule",
  room: "per diem",
  implant: "fee schedule",
  obstetric: "case rate",
  surgery: "case rate",
  procedure: "fee schedule",
  imaging: "fee schedule",
  lab: "fee schedule",
  therapy: "fee schedule",
  visit: "fee schedule",
  drug: "fee schedule",
  supply: "fee schedule",
};

/** Upper bound of the remittance count, by how often the service is billed. */
const MAX_COUNT: Record<ServiceKind, number> = {
  drg: 260,
  er: 4200,
  room: 1800,
  implant: 120,
  obstetric: 340,
  surgery: 180,
  procedure: 900,
  imaging: 1500,
  lab: 6000,
  therapy: 2500,
  visit: 3000,
  drug: 5000,
  supply: 2000,
};

const ZERO_COUNT_NOTE = "No paid claims under this plan in the 12-15 month lookback, so no allowed amounts.";
const DRG_NOTE = "Package price for the whole inpatient stay grouped to this MS-DRG; physician fees are billed separately.";

export function priceItem(ctx: PricingContext, entry: CatalogEntry): ChargeItem {
  const { hospital } = ctx;
  const rng = Rng.from(ctx.seed, hospital.id, entry.key);
  const itemNoise = rng.range(0.85, 1.2);
  const splitSettings = entry.settings.length > 1;

  const charges: SettingCharge[] = entry.settings.map((setting) => {
    const uplift = splitSettings && setting === "inpatient" ? rng.range(1.05, 1.3) : 1;
    const reference = entry.basePrice * ctx.priceIndex * itemNoise * uplift;
    const showGross = entry.kind !== "drg" || hospital.drgGross;
    const gross = showGross ? money(reference) : undefined;
    const cash = cashPrice(reference, ctx.cashRatio * rng.range(0.9, 1.05), gross);

    const rates: PayerRate[] = [];
    for (const plan of ctx.plans) {
      // A few items are simply not in a given plan's contract.
      if (rng.chance(0.04)) continue;
      rates.push(makeRate(rng, entry, plan, reference, gross));
    }

    const charge: SettingCharge = { setting, rates, billingClass: entry.billingClass ?? "facility" };
    if (gross !== undefined) charge.gross = gross;
    if (cash !== undefined) charge.cash = cash;
    const dollars = rates.flatMap((r) => (r.dollar === undefined ? [] : [r.dollar]));
    if (dollars.length > 0) {
      charge.min = Math.min(...dollars);
      charge.max = Math.max(...dollars);
    }
    const notes = entry.kind === "drg" ? DRG_NOTE : entry.notes;
    if (notes) charge.genericNotes = notes;
    return charge;
  });

  const item: ChargeItem = { description: entry.description, codes: entry.codes, charges };
  if (entry.drug) item.drug = entry.drug;
  return item;
}

function cashPrice(reference: number, ratio: number, gross: number | undefined): number | undefined {
  const cash = money(reference * ratio);
  if (gross === undefined) return cash;
  if (cash < gross) return cash;
  // Only reachable for sub-dollar items where rounding collapses the discount.
  const lower = cents(gross - 0.01);
  return lower > 0 ? lower : undefined;
}

function makeRate(rng: Rng, entry: CatalogEntry, plan: PlanContract, reference: number, gross: number | undefined): PayerRate {
  const kind = rng.weighted(RATE_MIX[entry.kind]);
  const base = { payerName: plan.payerName, planName: plan.planName };

  if (kind === "dollar") {
    let dollar = money(reference * plan.factor * rng.range(0.85, 1.15));
    // Contracted rates sit below the chargemaster price.
    if (gross !== undefined && dollar >= gross) dollar = money(gross * 0.9);
    const rate: PayerRate = { ...base, methodology: DOLLAR_METHOD[entry.kind], dollar };
    if (rate.methodology === "fee schedule" && rng.chance(0.08)) {
      rate.notes = `Contract pays ${Math.round(rng.range(110, 190))}% of the Medicare fee schedule amount for this service.`;
    }
    return rate;
  }

  // Percentage and algorithm rates: the effective payment level drives the allowed-amount statistics.
  let rate: PayerRate;
  let effective = plan.factor;
  if (kind === "percentage") {
    const percentage = Math.round(plan.factor * 100 * rng.range(1.0, 1.35) * 10) / 10;
    effective = percentage / 100;
    rate = { ...base, methodology: "percent of total billed charges", percentage };
  } else if (kind === "algorithm-case") {
    const caseRate = money(reference * plan.factor * rng.range(0.85, 1.1));
    const threshold = money(reference * rng.range(1.6, 2.4));
    const outlierPct = Math.round(rng.range(35, 60));
    rate = {
      ...base,
      methodology: "case rate",
      algorithm: `Case rate of ${dollarsText(caseRate)} per admission. When billed charges exceed ${dollarsText(threshold)}, charges above that point are paid at an additional ${outlierPct}%.`,
    };
  } else if (kind === "algorithm-per-diem") {
    const firstDays = rng.int(2, 3);
    const perDiem = money((reference * plan.factor * rng.range(0.8, 1.0)) / firstDays);
    const laterDays = money(perDiem * rng.range(0.45, 0.7));
    rate = {
      ...base,
      methodology: "per diem",
      algorithm: `${dollarsText(perDiem)} per day for the first ${firstDays} days of the stay, then ${dollarsText(laterDays)} for each additional day.`,
    };
  } else {
    const markup = Math.round(rng.range(8, 45));
    const capPct = Math.round(rng.range(55, 85));
    const cap = dollarsText(money(reference * plan.factor * 1.25));
    let algorithm: string;
    let notes: string;
    if (entry.kind === "implant" || entry.kind === "supply") {
      algorithm = `Supplier invoice cost of the device plus ${markup}%, not to exceed ${capPct}% of billed charges.`;
      notes = "Paid from the supplier invoice, so no fixed dollar amount exists.";
    } else if (entry.kind === "drg") {
      algorithm = `The lesser of ${capPct}% of billed charges or ${cap}; stays longer than ${rng.int(3, 6)} days add ${dollarsText(money(reference * 0.04))} for each extra day.`;
      notes = "Payment depends on billed charges and length of stay, so no single dollar amount can be given; the formula is in the algorithm field.";
    } else {
      algorithm = `The lesser of ${capPct}% of billed charges or ${cap}.`;
      notes = "Payment depends on the billed charges for the visit, so no single dollar amount can be given; the formula is in the algorithm field.";
    }
    rate = { ...base, methodology: "other", algorithm, notes };
  }

  // v3 rules 7-9: count always; median/10th/90th unless count is "0"; a "0" count needs a note.
  const count = rng.weighted<"zero" | "few" | "many">([
    ["zero", 0.08],
    ["few", 0.27],
    ["many", 0.65],
  ]);
  if (count === "zero") {
    rate.count = "0";
    rate.notes = rate.notes ? `${rate.notes} ${ZERO_COUNT_NOTE}` : ZERO_COUNT_NOTE;
  } else {
    rate.count = count === "few" ? "1 through 10" : String(rng.int(11, MAX_COUNT[entry.kind]));
    const median = money(reference * effective * rng.range(0.9, 1.1));
    rate.median = median;
    rate.p10 = money(median * rng.range(0.55, 0.9));
    rate.p90 = money(median * rng.range(1.1, 1.7));
  }
  return rate;
}

/** Payer-specific modifier adjustments, e.g. "Pays 150% of the procedure rate ...". */
export function priceModifiers(ctx: PricingContext): ModifierEntry[] {
  return MODIFIERS.map((m) => {
    const rng = Rng.from(ctx.seed, ctx.hospital.id, "modifier", m.code);
    return {
      code: m.code,
      description: m.description,
      setting: "both" as const,
      payers: ctx.plans.map((plan) => {
        // Round to half a percent, as contracts are written.
        const percentage = Math.round(m.basePercentage * rng.range(0.94, 1.04) * 2) / 2;
        return {
          payerName: plan.payerName,
          planName: plan.planName,
          percentage,
          description: `Pays ${percentage}% ${m.wording}.`,
        };
      }),
    };
  });
}

/** Claim-level (stop-loss / outlier) terms for a few payers: the general_contract_provisions element. */
export function contractProvisions(ctx: PricingContext): ContractProvision[] {
  const rng = Rng.from(ctx.seed, ctx.hospital.id, "provisions");
  const payers = [...new Set(ctx.plans.map((p) => p.payerName))];
  return rng.sample(payers, Math.min(2, payers.length)).map((payerName) => {
    const threshold = Math.round(rng.range(150, 300)) * 1000;
    const pct = Math.round(rng.range(40, 65));
    return {
      payerName,
      provisions: `Stop-loss: when total billed charges on a ${payerName} claim exceed ${dollarsText(threshold)}, the whole claim is paid at ${pct}% of billed charges instead of the per-service rates.`,
    };
  });
}
