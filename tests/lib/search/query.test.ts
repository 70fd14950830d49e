import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search";
import { descriptionWords, looksLikeCode } from "@/lib/search/terms";
import { numericToNumber } from "@/lib/search/money";

const params = (s: string) => new URLSearchParams(s);

describe("parseSearchParams", () => {
  it("trims q and defaults the limit", () => {
    expect(parseSearchParams(params("q=%20%2070551%20"))).toEqual({ ok: true, query: { q: "70551", limit: 20 } });
    expect(parseSearchParams({ q: "brain mri", limit: "50" })).toEqual({ ok: true, query: { q: "brain mri", limit: 50 } });
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
    ["q=mri&sort=price", "sort", /Unknown parameter "sort"/],
  ])("rejects %j", (query, parameter, message) => {
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
      query: { q: "mri", limit: 20 },
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
