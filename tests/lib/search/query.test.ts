import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search";
import { descriptionWords, looksLikeCode } from "@/lib/search/terms";
import { numericToNumber } from "@/lib/search/money";

const params = (s: string) => new URLSearchParams(s);

const DEFAULTS = {
  service: null,
  location: null,
  radius: null,
  state: null,
  payer: null,
  plan: null,
  setting: null,
  hospital: null,
  price: "cash",
  sort: "relevance",
};

describe("parseSearchParams", () => {
  it("trims q and defaults the limit and every filter", () => {
    expect(parseSearchParams(params("q=%20%2070551%20"))).toEqual({ ok: true, query: { ...DEFAULTS, q: "70551", limit: 20 } });
    expect(parseSearchParams({ q: "brain mri", limit: "50" })).toEqual({ ok: true, query: { ...DEFAULTS, q: "brain mri", limit: 50 } });
  });

  it("reads a location (ZIP or city), a radius defaulting to 50 miles, and the other filters", () => {
    const zip = parseSearchParams(params("q=mri&location=78701&payer=%20Aetna%20&setting=outpatient&state=tx&sort=distance"));
    expect(zip.ok && zip.query).toMatchObject({
      location: { label: expect.stringContaining("78701"), latitude: expect.closeTo(30.27, 1), longitude: expect.closeTo(-97.74, 1) },
      radius: 50,
      payer: "Aetna",
      setting: "outpatient",
      state: "TX",
      sort: "distance",
      // A payer filter makes the payer's negotiated rate the price shown, unless asked otherwise.
      price: "negotiated",
    });
    const city = parseSearchParams(params("q=mri&location=Austin%2C%20TX&radius=10&price=gross"));
    expect(city.ok && city.query).toMatchObject({ location: { label: expect.stringContaining("Austin") }, radius: 10, price: "gross" });
    expect(parseSearchParams(params("service=colonoscopy-with-polyp-removal")).ok).toBe(parseSearchParams(params("service=colonoscopy-with-polyp-removal")).ok);
  });

  it("ignores empty fields when a form sends them", () => {
    expect(parseSearchParams({ q: "mri", location: "", payer: " " }, { ignoreEmpty: true })).toEqual({ ok: true, query: { ...DEFAULTS, q: "mri", limit: 20 } });
  });

  it.each([
    ["", "q", /required/],
    ["q=", "q", /must not be empty/],
    ["q=%20%20", "q", /must not be empty/],
    [`q=${"a".repeat(201)}`, "q", /at most 200/],
    ["q=mri&limit=0", "limit", /1 to 50/],
    ["q=mri&limit=51", "limit", /1 to 50/],
    ["q=mri&limit=ten", "limit", /1 to 50/],
    ["q=mri&limit=2.5", "limit", /1 to 50/],
    ["q=mri&limit=", "limit", /1 to 50/],
    ["q=mri&q=ct", "q", /only once/],
    ["q=mri&color=red", "color", /Unknown parameter "color"/],
    ["q=mri&location=00000", "location", /ZIP/],
    ["q=mri&location=Nowhereville%2C%20ZZ", "location", /./],
    ["q=mri&radius=10", "radius", /needs a location/],
    ["q=mri&location=78701&radius=0", "radius", /1 to 3000/],
    ["q=mri&location=78701&radius=3001", "radius", /1 to 3000/],
    ["q=mri&sort=distance", "sort", /needs a location/],
    ["q=mri&sort=cheapest", "sort", /relevance/],
    ["q=mri&state=XX", "state", /two-letter/],
    ["q=mri&setting=emergency", "setting", /inpatient/],
    ["q=mri&price=free", "price", /cash/],
    ["q=mri&hospital=Not%20A%20Slug", "hospital", /slug/],
    ["service=no-such-service", "service", /shoppable/],
    ["q=mri&service=colonoscopy", "service", /either q or service/],
  ])("rejects %j, naming the parameter", (query, parameter, message) => {
    const result = parseSearchParams(params(query));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.parameter).toBe(parameter);
    expect(result.error.code).toBe("invalid_parameter");
    expect(result.error.message).toMatch(message);
  });

  it("can ignore unknown parameters (pages do)", () => {
    expect(parseSearchParams({ q: "mri", utm_source: "x" }, { ignoreUnknown: true })).toEqual({
      ok: true,
      query: { ...DEFAULTS, q: "mri", limit: 20 },
    });
  });
});

describe("query terms", () => {
  it.each(["70551", "470", "G0121", "g0121", "0611", "0409-4888-02", "00409488802", "0001U", "99213"])(
    "%s looks like a code",
    (text) => expect(looksLikeCode(text)).toBe(true),
  );
  it.each(["mri", "brain mri", "knee-replacement", "7", "70551 mri"])("%s does not look like a code", (text) =>
    expect(looksLikeCode(text)).toBe(false),
  );
  it("splits, lower-cases and dedupes words, longest first", () => {
    expect(descriptionWords("MRI, brain (w/o) MRI")).toEqual(["brain", "mri", "w/o"]);
  });
});

describe("numericToNumber", () => {
  it("converts NUMERIC strings exactly and rejects junk", () => {
    expect(numericToNumber("1234.50")).toBe(1234.5);
    expect(numericToNumber("0.05")).toBe(0.05);
    expect(numericToNumber("999999999999.99")).toBe(999999999999.99);
    expect(numericToNumber("-12.00")).toBe(-12);
    expect(numericToNumber(null)).toBeNull();
    expect(numericToNumber("NaN")).toBeNull();
    expect(numericToNumber("")).toBeNull();
  });
});
