import { beforeAll, describe, expect, it } from "vitest";
import { searchServices, type SearchResult, type ServiceResult } from "@/lib/search";
import { textQuery } from "@/lib/search/query";
import { resetDatabase, withClient } from "../../support/db";
import { seedSearchFixtures } from "../../support/search-fixtures";

const search = (q: string, limit = 20) => searchServices(textQuery(q, limit));
const service = (result: SearchResult, id: string): ServiceResult => {
  const found = result.services.find((s) => s.id === id);
  if (!found) throw new Error(`service ${id} not in ${result.services.map((s) => s.id).join(", ")}`);
  return found;
};
/** The v3.0 allowed-amount fields of a rate that publishes none. */
const NO_ALLOWED_AMOUNTS = { medianAmount: null, percentile10: null, percentile90: null, allowedCount: null, notes: null };
const offerAt = (s: ServiceResult, slug: string) => {
  const offer = s.hospitals.find((o) => o.hospital.slug === slug);
  if (!offer) throw new Error(`no offer from ${slug}`);
  return offer;
};

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
});

describe("searchServices by code", () => {
  it("finds a CPT code at every hospital that lists it, grouped as one service", async () => {
    const result = await search("70551");
    expect(result.matchedBy).toBe("code");
    expect(result.totalServices).toBe(1);
    expect(result.truncated).toBe(false);
    const mri = service(result, "CPT:70551");
    expect(mri.code).toEqual({ type: "CPT", code: "70551" });
    expect(mri.hospitalCount).toBe(3);
    // Offers are in hospital-name order.
    expect(mri.hospitals.map((o) => o.hospital.slug)).toEqual([
      "hillcrest-community",
      "lakeside-general",
      "river-valley-medical",
    ]);
    // The label is the hospitals' most common description (case-insensitively).
    expect(mri.label.toLowerCase()).toBe("mri brain w/o contrast");
  });

  it("uses only each hospital's latest succeeded file", async () => {
    const mri = service(await search("70551"), "CPT:70551");
    const hillcrest = mri.hospitals.filter((o) => o.hospital.slug === "hillcrest-community");
    expect(hillcrest).toHaveLength(1);
    expect(hillcrest[0]?.discountedCash).toBe(1650.25);
    expect(hillcrest[0]?.description).toBe("MRI Brain w/o Contrast");
    // A hospital whose only file failed never appears.
    expect(mri.hospitals.some((o) => o.hospital.slug === "northfield-regional")).toBe(false);
  });

  it("returns gross, cash, min and max as numbers and lists every payer and plan", async () => {
    const mri = service(await search("70551"), "CPT:70551");
    const lakeside = offerAt(mri, "lakeside-general");
    expect(lakeside).toMatchObject({
      description: "MRI BRAIN WITHOUT CONTRAST",
      setting: "outpatient",
      gross: 3200,
      discountedCash: 1800,
      minimum: 900,
      maximum: 2500,
      payersTruncated: false,
    });
    expect(lakeside.payers).toEqual([
      {
        payer: "Aetna",
        plan: "Choice POS II",
        negotiatedDollar: 1200,
        negotiatedPercentage: null,
        negotiatedAlgorithm: null,
        methodology: "fee schedule",
        ...NO_ALLOWED_AMOUNTS,
      },
      {
        payer: "Blue Cross Blue Shield",
        plan: "PPO",
        negotiatedDollar: null,
        negotiatedPercentage: 55.5,
        negotiatedAlgorithm: null,
        methodology: "percent of total billed charges",
        ...NO_ALLOWED_AMOUNTS,
      },
      {
        payer: "Cigna",
        plan: "Open Access Plus",
        negotiatedDollar: null,
        negotiatedPercentage: null,
        negotiatedAlgorithm: "120% of the Medicare fee schedule",
        methodology: "other",
        ...NO_ALLOWED_AMOUNTS,
      },
    ]);
    // One dollar rate among the three: the spread is that one; the shown price is the cash price.
    expect(lakeside.spread).toEqual({ min: 1200, median: 1200, max: 1200, count: 1 });
    expect(lakeside.price).toEqual({ kind: "cash", amount: 1800, payer: null, plan: null });
    expect(lakeside.file).toEqual({ lastUpdatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: expect.stringContaining("lakeside-general") });
    const river = offerAt(mri, "river-valley-medical");
    expect(river).toMatchObject({ gross: 2800, discountedCash: 1500, minimum: 1000, maximum: 2200 });
    expect(river.payers.map((p) => [p.payer, p.negotiatedDollar])).toEqual([
      ["Aetna", 1000],
      ["UnitedHealthcare", 1400.5],
    ]);
  });

  it("labels demo hospitals and gives their city and state", async () => {
    const mri = service(await search("70551"), "CPT:70551");
    expect(offerAt(mri, "lakeside-general").hospital).toEqual({
      slug: "lakeside-general",
      name: "Lakeside General Hospital",
      isDemo: true,
      city: "Austin",
      state: "TX",
      distanceMiles: null,
    });
    expect(offerAt(mri, "river-valley-medical").hospital.isDemo).toBe(false);
    expect(offerAt(mri, "hillcrest-community").hospital.isDemo).toBe(true);
  });

  it("matches codes case-insensitively: HCPCS, MS-DRG, revenue codes and NDCs", async () => {
    const g = await search("g0121");
    expect(g.services.map((s) => s.id)).toEqual(["HCPCS:G0121"]);
    expect(g.services[0]?.hospitals[0]?.discountedCash).toBe(1100);

    const drg = await search("470");
    expect(drg.matchedBy).toBe("code");
    const drg470 = service(drg, "MS-DRG:470");
    expect(drg470.hospitalCount).toBe(2);
    expect(offerAt(drg470, "lakeside-general")).toMatchObject({ setting: "inpatient", gross: 45000, discountedCash: 30000 });
    expect(offerAt(drg470, "lakeside-general").payers).toHaveLength(1);

    const rc = await search("0611");
    expect(rc.services.map((s) => s.id)).toEqual(["RC:0611"]);

    const ndc = await search("0409-4888-02");
    expect(ndc.services.map((s) => s.id)).toEqual(["NDC:0409-4888-02"]);
    expect(ndc.services[0]?.hospitals[0]).toMatchObject({ gross: 45.1, discountedCash: 20.05 });
  });
});

describe("searchServices by a named code type", () => {
  it("finds “CPT 70551”, “ms-drg: 470” and “DRG 470” as those codes", async () => {
    const cpt = await search("CPT 70551");
    expect(cpt.matchedBy).toBe("code");
    expect(cpt.services.map((s) => s.id)).toEqual(["CPT:70551"]);
    expect(cpt.services[0]?.hospitalCount).toBe(3);
    expect((await search("ms-drg: 470")).services.map((s) => s.id)).toEqual(["MS-DRG:470"]);
    expect((await search("DRG 470")).services.map((s) => s.id)).toEqual(["MS-DRG:470"]);
    expect((await search("rc 0611")).services.map((s) => s.id)).toEqual(["RC:0611"]);
  });

  it("finds nothing when the code exists only as another type", async () => {
    const result = await search("HCPCS 470");
    expect(result.services).toEqual([]);
  });
});

describe("searchServices listing caps", () => {
  it("lists fewer hospitals for the first service and for the others, and says more exist", async () => {
    const all = await search("mri");
    expect(all.services.length).toBeGreaterThan(1);
    const capped = await searchServices(textQuery("mri"), { first: 2, others: 1 });
    expect(capped.services.map((s) => s.id)).toEqual(all.services.map((s) => s.id));
    capped.services.forEach((s, i) => {
      const cap = i === 0 ? 2 : 1;
      expect(s.hospitals).toEqual(all.services[i]!.hospitals.slice(0, cap));
      expect(s.hospitalCount).toBe(all.services[i]!.hospitalCount);
      expect(s.hospitalsTruncated).toBe(all.services[i]!.hospitals.length > cap);
    });
  });
});

describe("searchServices by words", () => {
  it("requires every word, in any order and case, and groups by primary code", async () => {
    const result = await search("Brain MRI");
    expect(result.matchedBy).toBe("description");
    expect(result.services.map((s) => s.id)).toEqual(["CPT:70551", "CPT:70552"]);
    expect(service(result, "CPT:70551").hospitalCount).toBe(3);
    expect(service(result, "CPT:70552").hospitals[0]?.hospital.slug).toBe("bayside-health");

    const without = await search("CONTRAST w/o mri");
    expect(without.services.map((s) => s.id)).toEqual(["CPT:70551"]);
    // Lakeside spells it "WITHOUT", so only two hospitals match these words.
    expect(without.services[0]?.hospitalCount).toBe(2);
  });

  it("prefers CPT/HCPCS/MS-DRG over revenue codes as an item's primary code", async () => {
    const result = await search("knee replacement");
    expect(result.services.map((s) => s.id)).toEqual(["MS-DRG:470"]);
    expect(result.services[0]?.hospitalCount).toBe(2);
  });

  it("groups items without a billing code by description", async () => {
    const result = await search("aspirin chewable");
    expect(result.services).toHaveLength(1);
    expect(result.services[0]).toMatchObject({
      id: "description:aspirin 81 mg chewable tablet",
      code: null,
      label: "Aspirin 81 mg chewable tablet",
    });
    expect(result.services[0]?.hospitals[0]).toMatchObject({ gross: 1.25, discountedCash: 0.5, minimum: null });
  });

  it("matches words shorter than three letters as whole words only", async () => {
    const result = await search("ct");
    // "CT head…" matches; "injection" (which contains "ct") does not.
    expect(result.services.map((s) => s.id)).toEqual(["CPT:70450"]);
  });

  it("ignores superseded, failed and pending files in word searches too", async () => {
    for (const q of ["old", "failed load", "pending load", "northfield"]) {
      const result = await search(q);
      expect(result.services, q).toEqual([]);
    }
  });

  it("treats LIKE wildcards in the text literally", async () => {
    expect((await search("100%")).services).toEqual([]);
    expect((await search("_")).services).toEqual([]);
  });

  it("returns nothing, without error, when nothing matches", async () => {
    const result = await search("zzqx unobtainium");
    expect(result).toMatchObject({ matchedBy: "description", services: [], totalServices: 0, truncated: false });
    // A code that matches nothing (not even as a word) still reports a code search.
    expect(await search("99999")).toMatchObject({ matchedBy: "code", services: [], totalServices: 0 });
  });

  it("falls back to words when a code-like text matches no code", async () => {
    const result = await search("81");
    expect(result.matchedBy).toBe("description");
    expect(result.services.map((s) => s.id)).toEqual(["description:aspirin 81 mg chewable tablet"]);
  });

  it("honours the service limit and still counts every matched service", async () => {
    const result = await search("brain", 1);
    expect(result.services).toHaveLength(1);
    expect(result.services[0]?.id).toBe("CPT:70551");
    // 70551, 70552 and the CT head or brain (70450).
    expect(result.totalServices).toBe(3);
    expect(result.query).toMatchObject({ q: "brain", limit: 1, location: null, price: "cash", sort: "relevance" });
  });
});
