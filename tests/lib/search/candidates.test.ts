// The candidate cap: a search reads at most MAX_CANDIDATES matching items, and its filters
// (state, hospital, location, current file) apply before the cap, so a narrow search is
// complete however many items match nationally.
import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams, searchServices } from "@/lib/search";
import { MAX_CANDIDATES, findCandidates } from "@/lib/search/candidates";
import { loadScope } from "@/lib/search/scope";
import { smallest } from "@/lib/search/order";
import { resetDatabase, withClient } from "../../support/db";
import { seedHospitals, type FixtureItem } from "../../support/search-fixtures";

const labItems = (count: number, prefix: string): FixtureItem[] =>
  Array.from({ length: count }, (_, i) => ({
    description: `${prefix} lab panel ${i + 1}`,
    codes: [[`${prefix.toUpperCase()}${i + 1}`, "LOCAL"], ["0301", "RC"]],
    charges: [{ gross: 100 + i, cash: 50 + i }],
  }));

const search = async (params: string) => {
  const parsed = parseSearchParams(new URLSearchParams(params));
  if (!parsed.ok) throw parsed.error;
  return searchServices(parsed.query);
};

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) =>
    seedHospitals(c, [
      {
        // Loaded first, so its items come first in the table: alone, more than the cap.
        slug: "big-state-medical",
        name: "Big State Medical",
        locations: [{ name: "Big State Medical", address: "1 Main St", city: "Austin", state: "TX", postalCode: "78701" }],
        files: [{ lastUpdatedOn: "2026-02-01", items: labItems(MAX_CANDIDATES.code + 100, "big") }],
      },
      {
        slug: "small-town-clinic",
        name: "Small Town Clinic",
        locations: [{ name: "Small Town Clinic", address: "2 Elm St", city: "Burlington", state: "VT", postalCode: "05401" }],
        files: [
          // A superseded version with more items: none of them may be listed.
          { lastUpdatedOn: "2025-06-01", items: labItems(40, "old") },
          { lastUpdatedOn: "2026-03-01", items: labItems(3, "small") },
        ],
      },
      {
        slug: "pine-coast-hospital",
        name: "Pine Coast Hospital",
        locations: [{ name: "Pine Coast Hospital", address: "3 Shore Rd", city: "Portland", state: "ME", postalCode: "04101" }],
        files: [
          {
            lastUpdatedOn: "2026-04-01",
            source: "https://example.org/pine-coast/standardcharges.csv",
            // Names in the opposite order of their prices, so that the cheapest come last by name.
            items: [900, 700, 500, 300, 100].map((dollar, i) => ({
              description: `Sleep study ${String.fromCharCode(65 + i)}`,
              codes: [["95810", "CPT"]],
              charges: [
                { cash: dollar * 2, payer: "Aster Health", plan: "PPO", dollar, methodology: "fee schedule" },
                { cash: dollar * 2, payer: "Birch Mutual", plan: "HMO", dollar: dollar + 10, methodology: "fee schedule" },
              ],
            })),
          },
        ],
      },
      {
        slug: "relevance-heart-center",
        name: "Relevance Heart Center",
        locations: [{ name: "Relevance Heart Center", address: "4 Valve Way", city: "Boise", state: "ID", postalCode: "83702" }],
        files: [
          {
            lastUpdatedOn: "2026-04-01",
            // The first in file order matches one word of "echocardiogram or stress", the second both.
            items: [
              { description: "Echocardiogram, limited", codes: [["93308", "CPT"]], charges: [{ cash: 300 }] },
              { description: "Stress echocardiogram", codes: [["93350", "CPT"]], charges: [{ cash: 900 }] },
            ],
          },
        ],
      },
    ]),
  );
}, 60_000);

describe("ranking", () => {
  // Descriptions' vectors hold no positions, so relevance differs by how many of a query's
  // alternatives an item matches (a shoppable service's codes, a corrected word's spellings).
  const findIn = (state: string, tsquery: string, ranked: boolean) =>
    withClient(async (client) => {
      const scope = await loadScope(client, { state, hospital: null, location: null, radius: null });
      return findCandidates(client, tsquery, scope, 10, ranked);
    });

  it("puts the items that match more of the words first, whatever the file order", async () => {
    const found = await findIn("ID", "'echocardiogram':* | 'stress':*", true);
    expect(found.map((c) => c.codes)).toEqual([["93350"], ["93308"]]);
    expect(found[0]!.rank).toBeGreaterThan(found[1]!.rank);
  });

  it("does not rank a code search's matches, and lists them by hospital and file order", async () => {
    const found = await findIn("ID", "'echocardiogram':* | 'stress':*", false);
    expect(found.map((c) => [c.codes, c.rank])).toEqual([[["93308"], 0], [["93350"], 0]]);
  });
});

describe("the candidate cap", () => {
  it("reports a national search over more items than the cap as truncated", async () => {
    const result = await search("q=0301");
    expect(result.truncated).toBe(true);
    const rc = result.services.find((s) => s.id === "RC:0301");
    expect(rc?.hospitalsTruncated).toBe(true);
    // Words have the smaller cap: the services shown are chosen among that many items.
    const words = await search("q=lab+panel&limit=50");
    expect(words.truncated).toBe(true);
    expect(words.totalServices).toBeLessThanOrEqual(MAX_CANDIDATES.description);
    expect(words.services).toHaveLength(50);
  });

  it("lists a national search's matches from each hospital's current file only", async () => {
    expect((await search("q=OLD1")).services).toEqual([]);
    expect((await search("q=SMALL1")).services.map((s) => s.hospitals.map((o) => o.hospital.slug))).toEqual([["small-town-clinic"]]);
  });

  it("applies a state filter before the cap: every in-scope item is found", async () => {
    const result = await search("q=0301&state=VT");
    expect(result.truncated).toBe(false);
    const rc = result.services.find((s) => s.id === "RC:0301")!;
    expect(rc.hospitalCount).toBe(1);
    expect(rc.hospitals.map((o) => o.description).sort()).toEqual(["small lab panel 1", "small lab panel 2", "small lab panel 3"]);
  });

  it("applies a hospital filter before the cap, on the hospital's current file only", async () => {
    const result = await search("q=lab+panel&hospital=small-town-clinic");
    expect(result.truncated).toBe(false);
    expect(result.totalServices).toBe(3);
    expect(result.services.flatMap((s) => s.hospitals.map((o) => o.description)).sort()).toEqual([
      "small lab panel 1",
      "small lab panel 2",
      "small lab panel 3",
    ]);
  });

  it("finds nothing, without a query error, when the filters leave no hospital", async () => {
    const result = await search("q=0301&state=WY");
    expect(result).toMatchObject({ services: [], totalServices: 0, truncated: false });
  });
});

describe("listings sorted by price", () => {
  const searchWithCap = async (params: string, first: number) => {
    const parsed = parseSearchParams(new URLSearchParams(params));
    if (!parsed.ok) throw parsed.error;
    return searchServices(parsed.query, { first, others: first });
  };

  it("lists the cheapest, read in full, though they come last by name", async () => {
    const result = await searchWithCap("q=95810&sort=price&price=negotiated&payer=aster", 2);
    const study = result.services.find((s) => s.id === "CPT:95810")!;
    expect(study.hospitalsTruncated).toBe(true);
    expect(study.hospitals.map((o) => [o.description, o.price?.amount, o.price?.payer])).toEqual([
      ["Sleep study E", 100, "Aster Health"],
      ["Sleep study D", 300, "Aster Health"],
    ]);
    // Everything a listing shows, not only what ranked it: every payer, sorted, with its methodology, the spread, the file.
    const cheapest = study.hospitals[0]!;
    expect(cheapest.payers.map((r) => [r.payer, r.plan, r.negotiatedDollar, r.methodology])).toEqual([
      ["Aster Health", "PPO", 100, "fee schedule"],
      ["Birch Mutual", "HMO", 110, "fee schedule"],
    ]);
    expect(cheapest.spread).toEqual({ min: 100, median: 105, max: 110, count: 2 });
    expect(cheapest.file).toEqual({ lastUpdatedOn: "2026-04-01", source: "https://example.org/pine-coast/standardcharges.csv" });
  });

  it("ranks by the median payer rate without a payer, and by cash by default", async () => {
    const negotiated = await searchWithCap("q=95810&sort=price&price=negotiated", 1);
    expect(negotiated.services[0]!.hospitals.map((o) => [o.description, o.price?.amount])).toEqual([["Sleep study E", 105]]);
    const cash = await searchWithCap("q=95810&sort=price", 3);
    expect(cash.services[0]!.hospitals.map((o) => o.price?.amount)).toEqual([200, 600, 1000]);
  });
});

describe("smallest", () => {
  it("returns the first items of the full sort, ties kept in the comparator's order", () => {
    const values = Array.from({ length: 500 }, (_, i) => ({ key: (i * 7919) % 37, id: i }));
    const compare = (a: { key: number; id: number }, b: { key: number; id: number }) => a.key - b.key || b.id - a.id;
    for (const count of [0, 1, 5, 20, 499, 500, 800]) {
      expect(smallest(values, count, compare)).toEqual([...values].sort(compare).slice(0, count));
    }
  });
});
