// Hand-written price data for the search tests, inserted with plain SQL. Every hospital is
// fictional. The standard set covers: the same CPT code at several hospitals (with different
// code-type spellings), superseded / failed / pending files, a hospital with only a failed
// file, payer rows given as dollars, percentages and algorithms, an item without codes, an NDC,
// a revenue code and an MS-DRG whose item lists the revenue code first.
import { BatchLoader } from "../../lib/ingest/batch-loader";
import type pg from "pg";

export interface FixtureCharge {
  setting?: string;
  billingClass?: string | null;
  modifiers?: string | null;
  gross?: string | number | null;
  cash?: string | number | null;
  min?: string | number | null;
  max?: string | number | null;
  payer?: string | null;
  plan?: string | null;
  dollar?: string | number | null;
  percentage?: string | number | null;
  algorithm?: string | null;
  methodology?: string | null;
}

export interface FixtureItem {
  description: string;
  /** [code, code type] in file order. */
  codes?: [string, string][];
  charges: FixtureCharge[];
}

export interface FixtureFile {
  status?: "pending" | "running" | "succeeded" | "failed";
  lastUpdatedOn: string;
  cmsVersion?: string;
  format?: "csv_tall" | "csv_wide" | "json";
  source?: string;
  items: FixtureItem[];
}

export interface FixtureLocation {
  name: string;
  address: string;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}

export interface FixtureHospital {
  slug: string;
  name: string;
  isDemo?: boolean;
  licenseNumber?: string | null;
  licenseState?: string | null;
  npis?: string[];
  locations?: FixtureLocation[];
  files: FixtureFile[];
}

export interface SeededHospital {
  id: number;
  slug: string;
  fileIds: number[];
}

let hashCounter = 0;

export async function seedHospitals(client: pg.ClientBase, hospitals: FixtureHospital[]): Promise<SeededHospital[]> {
  const seeded: SeededHospital[] = [];
  for (const h of hospitals) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO hospitals (slug, name, is_demo, license_number, license_state, type_2_npis, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
      [h.slug, h.name, h.isDemo ?? false, h.licenseNumber ?? null, h.licenseState ?? null, h.npis ?? []],
    );
    const hospitalId = rows[0]!.id;
    for (const [position, l] of (h.locations ?? []).entries()) {
      await client.query(
        `INSERT INTO hospital_locations (hospital_id, position, name, address, city, state, postal_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [hospitalId, position, l.name, l.address, l.city ?? null, l.state ?? null, l.postalCode ?? null],
      );
    }
    const fileIds: number[] = [];
    for (const f of h.files) {
      hashCounter += 1;
      const rowCount = f.items.reduce((n, i) => n + i.charges.length, 0);
      const status = f.status ?? "succeeded";
      const file = await client.query<{ id: number }>(
        `INSERT INTO mrf_files (hospital_id, source, file_name, cms_version, format, content_hash, byte_size,
                                last_updated_on, attestation, status, row_count, item_count, finished_at)
         VALUES ($1, $2, $3, $4, $5::"MrfFormat", $6, $7, $8::date, true, $9::"IngestionStatus", $10, $11,
                 CASE WHEN $9 IN ('succeeded', 'failed') THEN now() END)
         RETURNING id`,
        [
          hospitalId,
          f.source ?? `https://example.org/${h.slug}/standardcharges.csv`,
          `${h.slug}_standardcharges.csv`,
          f.cmsVersion ?? "3.0.0",
          f.format ?? "csv_tall",
          hashCounter.toString(16).padStart(64, "0"),
          1000 + rowCount,
          f.lastUpdatedOn,
          status,
          rowCount,
          f.items.length,
        ],
      );
      const fileId = file.rows[0]!.id;
      fileIds.push(fileId);
      // Through the real loader, so the fixtures are normalized exactly as ingested files are.
      const loader = new BatchLoader(client, hospitalId, fileId);
      const amount = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
      for (const item of f.items) {
        for (const c of item.charges) {
          loader.add({
            row: 0,
            description: item.description,
            codes: (item.codes ?? []).map(([code, type]) => ({ code, type })),
            setting: c.setting ?? "outpatient",
            modifiers: c.modifiers ?? null,
            drugUnit: null,
            drugUnitType: null,
            gross: amount(c.gross),
            discountedCash: amount(c.cash),
            minimum: amount(c.min),
            maximum: amount(c.max),
            genericNotes: null,
            billingClass: c.billingClass ?? null,
            payers: c.payer
              ? [{
                  payerName: c.payer,
                  planName: c.plan ?? null,
                  negotiatedDollar: amount(c.dollar),
                  negotiatedPercentage: amount(c.percentage),
                  negotiatedAlgorithm: c.algorithm ?? null,
                  methodology: c.methodology ?? null,
                  medianAmount: null,
                  percentile10: null,
                  percentile90: null,
                  allowedCount: null,
                  payerNotes: null,
                }]
              : [],
          });
        }
      }
      await loader.finish();
    }
    seeded.push({ id: hospitalId, slug: h.slug, fileIds });
  }
  return seeded;
}

const mriBrain = (description: string, cash: number | string, codeType = "CPT"): FixtureItem => ({
  description,
  codes: [["70551", codeType]],
  charges: [{ gross: 3000, cash, min: 800, max: 2400 }],
});

export const LAKESIDE: FixtureHospital = {
  slug: "lakeside-general",
  name: "Lakeside General Hospital",
  isDemo: true,
  licenseNumber: "TX-100234",
  licenseState: "TX",
  npis: ["1234567893", "1245319599"],
  locations: [
    { name: "Lakeside General Hospital", address: "100 Lake Shore Dr", city: "Austin", state: "TX", postalCode: "78701" },
    { name: "Lakeside Imaging Center", address: "12 Shoal Creek Blvd", city: "Austin", state: "TX", postalCode: "78703" },
  ],
  files: [
    {
      lastUpdatedOn: "2026-01-15",
      items: [
        {
          description: "MRI BRAIN WITHOUT CONTRAST",
          codes: [
            ["70551", "CPT"],
            ["0611", "RC"],
          ],
          charges: [
            { gross: "3200.00", cash: "1800.00", min: "900.00", max: "2500.00" },
            { gross: "3200.00", cash: "1800.00", min: "900.00", max: "2500.00", payer: "Cigna", plan: "Open Access Plus", algorithm: "120% of the Medicare fee schedule", methodology: "other" },
            { gross: "3200.00", cash: "1800.00", min: "900.00", max: "2500.00", payer: "Aetna", plan: "Choice POS II", dollar: "1200.00", methodology: "fee schedule" },
            { gross: "3200.00", cash: "1800.00", min: "900.00", max: "2500.00", payer: "Blue Cross Blue Shield", plan: "PPO", percentage: "55.5000", methodology: "percent of total billed charges" },
          ],
        },
        {
          description: "Major hip and knee joint replacement or reattachment of lower extremity without MCC",
          codes: [["470", "MS-DRG"]],
          charges: [
            { setting: "inpatient", gross: "45000.00", cash: "30000.00", min: "20000.00", max: "38000.00" },
            { setting: "inpatient", payer: "Aetna", plan: "Choice POS II", dollar: "25000.00", methodology: "case rate" },
          ],
        },
        {
          description: "Colorectal cancer screening; colonoscopy on individual at high risk",
          codes: [["G0121", "HCPCS"]],
          charges: [{ gross: "2100.00", cash: "1100.00", min: "700.00", max: "1500.00" }],
        },
        {
          description: "Heparin sodium injection 1,000 units/mL vial",
          codes: [
            ["0409-4888-02", "NDC"],
            ["0250", "RC"],
          ],
          charges: [{ gross: "45.10", cash: "20.05", min: "10.00", max: "30.00" }],
        },
        {
          description: "Aspirin 81 mg chewable tablet",
          charges: [{ gross: "1.25", cash: "0.50" }],
        },
        {
          description: "CT head or brain without contrast",
          codes: [["70450", "CPT"]],
          charges: [{ gross: "1500.00", cash: "600.00", min: "300.00", max: "900.00" }],
        },
      ],
    },
  ],
};

export const RIVER_VALLEY: FixtureHospital = {
  slug: "river-valley-medical",
  name: "River Valley Medical Center",
  isDemo: false,
  licenseNumber: "550001234",
  licenseState: "CA",
  locations: [{ name: "River Valley Medical Center", address: "2 River Rd", city: "Sacramento", state: "CA", postalCode: "95814" }],
  files: [
    {
      lastUpdatedOn: "2026-02-01",
      items: [
        {
          // Lower-case code type, and no payer-less row: gross/cash/min/max ride on the payer rows.
          description: "MRI brain w/o contrast",
          codes: [["70551", "cpt"]],
          charges: [
            { gross: "2800.00", cash: "1500.00", min: "1000.00", max: "2200.00", payer: "UnitedHealthcare", plan: "Choice Plus", dollar: "1400.50", methodology: "fee schedule" },
            { gross: "2800.00", cash: "1500.00", min: "1000.00", max: "2200.00", payer: "Aetna", plan: "HMO", dollar: "1000.00", methodology: "fee schedule" },
          ],
        },
        {
          description: "Knee replacement, total",
          codes: [
            ["0360", "RC"],
            ["470", "MS-DRG"],
          ],
          charges: [{ setting: "inpatient", gross: "52000.00", cash: "33000.00", min: "24000.00", max: "41000.00" }],
        },
      ],
    },
  ],
};

export const HILLCREST: FixtureHospital = {
  slug: "hillcrest-community",
  name: "Hillcrest Community Hospital",
  isDemo: true,
  locations: [{ name: "Hillcrest Community Hospital", address: "9 Summit Ave", city: "Denver", state: "CO", postalCode: "80202" }],
  files: [
    { lastUpdatedOn: "2025-01-01", items: [mriBrain("MRI BRAIN WITHOUT CONTRAST (OLD)", "9999.00")] },
    { lastUpdatedOn: "2025-06-01", items: [mriBrain("MRI Brain w/o Contrast", "1650.25")] },
    { lastUpdatedOn: "2025-09-01", status: "failed", items: [mriBrain("MRI BRAIN FAILED LOAD", "1.11")] },
    { lastUpdatedOn: "2025-10-01", status: "pending", items: [mriBrain("MRI BRAIN PENDING LOAD", "2.22")] },
  ],
};

export const NORTHFIELD: FixtureHospital = {
  slug: "northfield-regional",
  name: "Northfield Regional Hospital",
  locations: [{ name: "Northfield Regional Hospital", address: "1 Main St", city: "Columbus", state: "OH", postalCode: "43004" }],
  files: [{ lastUpdatedOn: "2026-03-01", status: "failed", items: [mriBrain("MRI BRAIN NORTHFIELD", "777.00")] }],
};

export const BAYSIDE: FixtureHospital = {
  slug: "bayside-health",
  name: "Bayside Health",
  isDemo: false,
  locations: [{ name: "Bayside Health", address: "5 Harbor Way", city: "Tampa", state: "FL", postalCode: "33602" }],
  files: [
    {
      lastUpdatedOn: "2026-01-20",
      items: [
        {
          description: "MRI brain with contrast",
          codes: [["70552", "CPT"]],
          charges: [{ gross: "3500.00", cash: "2000.00", min: "1200.00", max: "2800.00" }],
        },
      ],
    },
  ],
};

export const STANDARD_HOSPITALS: FixtureHospital[] = [LAKESIDE, RIVER_VALLEY, HILLCREST, NORTHFIELD, BAYSIDE];

/** Seeds the standard set; returns the seeded hospitals by slug. */
export async function seedSearchFixtures(client: pg.ClientBase): Promise<Map<string, SeededHospital>> {
  const seeded = await seedHospitals(client, STANDARD_HOSPITALS);
  return new Map(seeded.map((s) => [s.slug, s]));
}
