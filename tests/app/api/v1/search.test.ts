import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/search/route";
import { resetDatabase, withClient } from "../../../support/db";
import { seedSearchFixtures } from "../../../support/search-fixtures";

const get = (query: string) => GET(new Request(`http://localhost/api/v1/search${query}`));

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
});

describe("GET /api/v1/search", () => {
  it("answers 200 with services grouped by code and each hospital's prices", async () => {
    const response = await get("?q=70551");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["corrections", "matchedBy", "query", "services", "totalServices", "truncated"]);
    expect(body).toMatchObject({
      query: { q: "70551", limit: 20, service: null, location: null, radius: null, price: "cash", sort: "relevance" },
      matchedBy: "code",
      totalServices: 1,
      truncated: false,
    });
    const [mri] = body.services;
    expect(Object.keys(mri).sort()).toEqual(["code", "hospitalCount", "hospitals", "hospitalsTruncated", "id", "label", "shoppable"]);
    expect(mri).toMatchObject({ id: "CPT:70551", code: { type: "CPT", code: "70551" }, hospitalCount: 3 });
    const lakeside = mri.hospitals.find((o: { hospital: { slug: string } }) => o.hospital.slug === "lakeside-general");
    expect(Object.keys(lakeside).sort()).toEqual([
      "billingClass",
      "description",
      "discountedCash",
      "file",
      "gross",
      "hasPayerRate",
      "hospital",
      "maximum",
      "minimum",
      "modifiers",
      "payers",
      "payersTruncated",
      "price",
      "setting",
      "spread",
    ]);
    expect(lakeside).toMatchObject({
      hospital: { slug: "lakeside-general", name: "Lakeside General Hospital", isDemo: true, city: "Austin", state: "TX" },
      gross: 3200,
      discountedCash: 1800,
      minimum: 900,
      maximum: 2500,
    });
    expect(lakeside.payers[0]).toEqual({
      payer: "Aetna",
      plan: "Choice POS II",
      negotiatedDollar: 1200,
      negotiatedPercentage: null,
      negotiatedAlgorithm: null,
      methodology: "fee schedule",
      medianAmount: null,
      percentile10: null,
      percentile90: null,
      allowedCount: null,
      notes: null,
    });
  });

  it("answers 200 with an empty list when nothing matches", async () => {
    const response = await get("?q=unobtainium&limit=5");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      query: { q: "unobtainium", service: null, limit: 5, location: null, radius: null, state: null, payer: null, plan: null, setting: null, hospital: null, price: "cash", sort: "relevance" },
      matchedBy: "description",
      corrections: [],
      totalServices: 0,
      truncated: false,
      services: [],
    });
  });

  it.each([
    ["", "q"],
    ["?q=", "q"],
    ["?q=%20", "q"],
    [`?q=${"x".repeat(201)}`, "q"],
    ["?q=mri&limit=0", "limit"],
    ["?q=mri&limit=100", "limit"],
    ["?q=mri&limit=abc", "limit"],
    ["?q=mri&q=ct", "q"],
    ["?q=mri&page=2", "page"],
  ])("answers 400 for %j", async (query, parameter) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "invalid_parameter", message: expect.any(String), parameter } });
    expect(body.error.message.length).toBeGreaterThan(10);
  });
});
