// Assembles one hospital's MRF model: header, payer/plan columns, a lazy item
// stream (catalog first, then synthetic chargemaster lines when scaling) and
// the modifier adjustments.

import { CATALOG, MAX_CATALOG_CODES, type CatalogEntry } from "./catalog";
import { CMS_VERSION, DEFAULT_LAST_UPDATED_ON } from "./cms";
import { slugify } from "./format";
import { DEMO_HOSPITALS, npiWithCheckDigit, type DemoHospital } from "./hospitals";
import { contractProvisions, priceItem, priceModifiers, pricingContext, type PricingContext } from "./pricing";
import { Rng } from "./prng";
import { syntheticEntry } from "./synthetic";
import { tallRowsOfItem, tallRowsOfModifier, type ChargeItem, type MrfDocument } from "./types";

export interface DocumentOptions {
  hospital: DemoHospital;
  seed: number;
  lastUpdatedOn?: string;
  /**
   * Scale the file to about this many charge rows (tall-CSV rows: one per
   * item × setting × payer/plan). Without it the file holds the hospital's
   * catalog only.
   */
  targetRows?: number;
}

/** Catalog entries this hospital offers. Fixed per hospital (independent of the seed). */
export function offeredEntries(hospital: DemoHospital): CatalogEntry[] {
  const rng = Rng.from("structure", hospital.id, "offer");
  const excluded = new Set(hospital.excludes ?? []);
  return CATALOG.filter((entry) => {
    // Draw for every entry so one entry's outcome never shifts another's.
    const roll = rng.float();
    if (excluded.has(entry.key)) return false;
    return entry.core === true || roll < (entry.availability ?? 0.85);
  });
}

export function buildDocument(options: DocumentOptions): MrfDocument {
  const { hospital, seed, targetRows } = options;
  return assembleDocument(pricingContext(hospital, seed), offeredEntries(hospital), {
    // Distinct CDM number range per hospital, e.g. "13" + 7-digit line number.
    cdmPrefix: String(10 + Math.max(0, DEMO_HOSPITALS.indexOf(hospital))),
    targetRows,
    lastUpdatedOn: options.lastUpdatedOn,
    financialAidPolicy: `https://www.${slugify(hospital.name)}.example/financial-assistance`,
  });
}

/**
 * The document of `ctx.hospital` priced from `entries`: the catalog entries first, then, when
 * `targetRows` is given, synthetic chargemaster lines (numbered from `cdmPrefix`) until the
 * file holds about that many tall rows. Shared by the demo files and the search benchmark's
 * national sample (scripts/bench/national-sample.ts).
 */
export function assembleDocument(
  ctx: PricingContext,
  entries: readonly CatalogEntry[],
  options: { cdmPrefix: string; targetRows?: number; lastUpdatedOn?: string; financialAidPolicy: string },
): MrfDocument {
  const { hospital } = ctx;
  const { cdmPrefix, targetRows } = options;
  const modifiers = priceModifiers(ctx);
  const modifierRows = modifiers.reduce((n, m) => n + tallRowsOfModifier(m), 0);

  function* items(): Generator<ChargeItem> {
    let rows = modifierRows;
    let emitted = 0;
    // Stop once the target is reached, but always emit at least one item:
    // JSON requires a non-empty standard_charge_information.
    const done = () => targetRows !== undefined && rows >= targetRows && emitted > 0;
    for (const entry of entries) {
      if (done()) return;
      const item = priceItem(ctx, entry);
      rows += tallRowsOfItem(item);
      emitted++;
      yield item;
    }
    if (targetRows === undefined) return;
    for (let n = 0; !done(); n++) {
      const item = priceItem(ctx, syntheticEntry(n, cdmPrefix));
      rows += tallRowsOfItem(item);
      emitted++;
      yield item;
    }
  }

  return {
    header: {
      hospitalName: hospital.name,
      lastUpdatedOn: options.lastUpdatedOn ?? DEFAULT_LAST_UPDATED_ON,
      version: CMS_VERSION,
      locations: hospital.locations,
      licenseNumber: hospital.licenseNumber,
      licenseState: hospital.state,
      type2Npis: hospital.npiBases.map(npiWithCheckDigit),
      attesterName: hospital.attesterName,
      attestation: true,
      financialAidPolicy: options.financialAidPolicy,
      generalContractProvisions: contractProvisions(ctx),
    },
    plans: ctx.plans.map(({ payerName, planName }) => ({ payerName, planName })),
    codeColumns: Math.max(MAX_CATALOG_CODES, 2),
    items: { [Symbol.iterator]: items },
    modifiers,
  };
}
