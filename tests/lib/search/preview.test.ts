// The words of the preview images a shared search or comparison shows (app/og/*).
import { beforeAll, describe, expect, it } from "vitest";
import { searchServices } from "@/lib/search";
import { compareHospitals } from "@/lib/search/compare";
import { comparePreviewSummary, previewSummary } from "@/lib/search/preview";
import { parseSearchParams } from "@/lib/search/query";
import { resetDatabase, withClient } from "../../support/db";
import { seedSearchFixtures } from "../../support/search-fixtures";

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
});

async function search(q: string) {
  const parsed = parseSearchParams({ q });
  if (!parsed.ok) throw parsed.error;
  return searchServices({ ...parsed.query, limit: 1 });
}

describe("previewSummary", () => {
  it("names the first service and the range of its cash prices and insurer rates", async () => {
    const summary = previewSummary(await search("70551"), "en");
    expect(summary.title).toBe("MRI brain w/o contrast");
    expect(summary.lines).toEqual(["At 3 hospitals", "Cash prices $1,500.00 to $1,800.00", "Insurer rates $1,000.00 to $1,400.50"]);
    expect(summary.demo).toBe(true);
  });

  it("says so when nothing was found, in Spanish too", async () => {
    const summary = previewSummary(await search("zzqx unobtainium"), "es");
    expect(summary.lines).toEqual(["No se encontraron precios"]);
  });
});

describe("comparePreviewSummary", () => {
  const query = {
    service: { type: "CPT", code: "70551" },
    hospitals: ["river-valley-medical", "lakeside-general", "no-such-hospital"],
    payer: null,
    setting: null,
    price: "cash" as const,
  };

  it("gives each hospital's price, in the order asked, with the price compared", async () => {
    const summary = comparePreviewSummary(await compareHospitals(query), "cash", "en");
    expect(summary.title).toBe("Compare MRI brain w/o contrast");
    expect(summary.lines).toEqual(["Cash price", "River Valley Medical Center: $1,500.00", "Lakeside General Hospital: $1,800.00"]);
  });

  it("says when a hospital publishes no such price, in Spanish", async () => {
    const summary = comparePreviewSummary(await compareHospitals({ ...query, price: "negotiated", payer: "Aetna" }), "negotiated", "es");
    expect(summary.title).toBe("Comparar MRI brain w/o contrast");
    expect(summary.lines[0]).toBe("Tarifa de la aseguradora");
    expect(summary.lines).toContain("River Valley Medical Center: $1,000.00");
    expect(summary.lines).toContain("Lakeside General Hospital: $1,200.00");
  });
});
