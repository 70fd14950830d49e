// The search's filters, orders and helpers against the standard fixtures: Lakeside (Austin, TX),
// River Valley (Sacramento, CA), Hillcrest (Denver, CO) list the brain MRI (CPT 70551).
import { beforeAll, describe, expect, it } from "vitest";
import { backfillHospitalCoordinates } from "@/lib/geo";
import { parseSearchParams, searchServices, type SearchResult } from "@/lib/search";
import { compareHospitals, parseCompareParams } from "@/lib/search/compare";
import { resetDatabase, withClient } from "../../support/db";
import { seedHospitals, seedSearchFixtures } from "../../support/search-fixtures";

async function search(query: string): Promise<SearchResult> {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw parsed.error;
  return searchServices(parsed.query);
}

const slugs = (result: SearchResult, service = 0) => result.services[service]?.hospitals.map((o) => o.hospital.slug) ?? [];

beforeAll(async () => {
  await resetDatabase();
  await withClient(async (c) => {
    await seedSearchFixtures(c);
    await backfillHospitalCoordinates(c);
  });
});

describe("location", () => {
  it("keeps only hospitals within the radius of a ZIP code and gives their distance", async () => {
    const near = await search("q=70551&location=78701&radius=25");
    expect(slugs(near)).toEqual(["lakeside-general"]);
    expect(near.services[0]!.hospitals[0]!.hospital.distanceMiles).toBeLessThan(2);
    expect(near.query).toMatchObject({ location: expect.stringContaining("78701"), radius: 25 });
    // Denver is about 770 miles from Austin; Sacramento about 1,500.
    const wide = await search("q=70551&location=Austin%2C%20TX&radius=800&sort=distance");
    expect(slugs(wide)).toEqual(["lakeside-general", "hillcrest-community"]);
    const miles = wide.services[0]!.hospitals.map((o) => o.hospital.distanceMiles!);
    expect(miles[0]).toBeLessThan(miles[1]!);
    expect(miles[1]).toBeGreaterThan(700);
    expect(miles[1]).toBeLessThan(850);
  });

  it("filters by state", async () => {
    expect(slugs(await search("q=70551&state=CA"))).toEqual(["river-valley-medical"]);
    expect((await search("q=70551&state=NY")).services).toEqual([]);
  });

  it("filters by hospital", async () => {
    const one = await search("q=70551&hospital=hillcrest-community");
    expect(slugs(one)).toEqual(["hillcrest-community"]);
  });
});

describe("payer, price and order", () => {
  it("shows and ranks by the chosen payer's rate, flagging hospitals without one", async () => {
    const result = await search("q=70551&payer=aetna&sort=price");
    expect(result.query.price).toBe("negotiated");
    const offers = result.services[0]!.hospitals;
    // Aetna: River Valley $1,000 (HMO), Lakeside $1,200 (Choice POS II); Hillcrest has no Aetna rate.
    expect(offers.map((o) => [o.hospital.slug, o.price?.amount ?? null, o.hasPayerRate])).toEqual([
      ["river-valley-medical", 1000, true],
      ["lakeside-general", 1200, true],
      ["hillcrest-community", null, false],
    ]);
    expect(offers[1]!.price).toEqual({ kind: "negotiated", amount: 1200, payer: "Aetna", plan: "Choice POS II" });
  });

  it("ranks by cash price by default when sorting by price, and by the median payer rate when asked", async () => {
    const cash = await search("q=70551&sort=price");
    const amounts = cash.services[0]!.hospitals.map((o) => o.price?.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)));
    expect(cash.services[0]!.hospitals[0]!.price?.kind).toBe("cash");
    const median = await search("q=70551&price=negotiated&hospital=river-valley-medical");
    // River Valley's dollar rates: $1,000 and $1,400.50.
    expect(median.services[0]!.hospitals[0]!.price).toEqual({ kind: "negotiated", amount: 1200.25, payer: null, plan: null });
    expect(median.services[0]!.hospitals[0]!.spread).toEqual({ min: 1000, median: 1200.25, max: 1400.5, count: 2 });
  });

  it("filters listings by setting", async () => {
    const inpatient = await search("q=470&setting=inpatient");
    expect(inpatient.services[0]!.hospitals.every((o) => o.setting === "inpatient" || o.setting === "both")).toBe(true);
    const outpatient = await search("q=470&setting=outpatient");
    expect(outpatient.services.flatMap((s) => s.hospitals)).toEqual([]);
  });
});

describe("understanding words", () => {
  it("corrects a misspelt word from the hospitals' own vocabulary and says so", async () => {
    const result = await search("q=brian%20mri");
    expect(result.corrections).toEqual([{ word: "brian", usedInstead: expect.arrayContaining(["brain"]) }]);
    expect(result.services.map((s) => s.id)).toContain("CPT:70551");
  });

  it("does not claim to show results for corrected words that find nothing either", async () => {
    // "brian" is close to "brain", but no description has "brain" and "zebra" together.
    const result = await search("q=brian%20zebra");
    expect(result.services).toEqual([]);
    expect(result.corrections).toEqual([]);
  });

  it("finds a CMS shoppable service by its slug, and names it on results", async () => {
    const result = await search("service=mri-brain-with-and-without-contrast");
    expect(result.matchedBy).toBe("service");
    const mri = await search("q=70553");
    expect(result.services.map((s) => s.id)).toEqual(mri.services.map((s) => s.id));
  });

  it("finds a shoppable service's codes from plain words, whatever the hospitals call it", async () => {
    // Lakeside calls DRG 470 "MAJOR JOINT REPLACEMENT LOWER EXTREMITY"; "knee" appears nowhere.
    const result = await search("q=knee%20replacement");
    expect(result.services.map((s) => s.id)).toContain("MS-DRG:470");
    expect(result.services.find((s) => s.id === "MS-DRG:470")!.shoppable).toBe("hip-knee-replacement");
  });
});

describe("compare", () => {
  it("lists one service at the hospitals asked for, in that order, with their rates", async () => {
    const parsed = parseCompareParams({ service: "CPT:70551", h: "river-valley-medical,lakeside-general,nowhere-hospital" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const comparison = await compareHospitals(parsed.query);
    expect(comparison.hospitals.map((h) => h.hospital.slug)).toEqual(["river-valley-medical", "lakeside-general"]);
    expect(comparison.unknown).toEqual(["nowhere-hospital"]);
    expect(comparison.hospitals[0]!.offers[0]!.payers.map((p) => p.negotiatedDollar)).toEqual([1000, 1400.5]);
    expect(comparison.label.toLowerCase()).toContain("mri");
  });

  it.each([
    [{ h: "a,b" }, "service"],
    [{ service: "CPT:70551", h: "only-one" }, "h"],
    [{ service: "CPT:70551", h: "a,b,c,d,e,f" }, "h"],
    [{ service: "not a code", h: "a,b" }, "service"],
  ])("refuses %j, naming the parameter", (params, parameter) => {
    const parsed = parseCompareParams(params);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.parameter).toBe(parameter);
  });
});

describe("other spellings", () => {
  beforeAll(async () => {
    await withClient((c) =>
      seedHospitals(c, [
        {
          slug: "spelling-test",
          name: "Spelling Test Hospital",
          files: [
            {
              lastUpdatedOn: "2026-01-01",
              items: [
                { description: "Chest X-ray, 2 views", codes: [["71046", "CPT"]], charges: [{ gross: 300, cash: 120 }] },
                { description: "ECG routine 12 leads with interpretation", codes: [["93000", "CPT"]], charges: [{ gross: 150, cash: 60 }] },
              ],
            },
          ],
        },
      ]),
    );
  });

  it("finds 'X-ray' from 'xray' and 'ECG' from 'ekg', without calling them misspelt", async () => {
    const xray = await search("q=xray%20chest");
    expect(xray.services.map((s) => s.id)).toEqual(["CPT:71046"]);
    expect(xray.corrections).toEqual([]);
    const ekg = await search("q=ekg");
    expect(ekg.services.map((s) => s.id)).toEqual(["CPT:93000"]);
  });
});
