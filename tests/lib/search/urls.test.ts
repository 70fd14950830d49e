import { describe, expect, it } from "vitest";
import { MAX_OFFERS_PER_SERVICE } from "@/lib/search";
import { PAGE_LISTINGS_STEP, PAGE_OTHER_LISTINGS, canonicalSearchUrl, pageListingCaps, searchUrl, shownListings, toPageParams } from "@/lib/search/urls";

describe("search page URLs", () => {
  it("shows ten hospitals for the first service unless more are asked for, in steps, up to the engine's cap", () => {
    expect(shownListings({})).toBe(PAGE_LISTINGS_STEP);
    expect(shownListings({ show: "20" })).toBe(20);
    expect(shownListings({ show: "11" })).toBe(20);
    expect(shownListings({ show: "5" })).toBe(PAGE_LISTINGS_STEP);
    expect(shownListings({ show: "lots" })).toBe(PAGE_LISTINGS_STEP);
    expect(shownListings({ show: "999" })).toBe(MAX_OFFERS_PER_SERVICE);
    expect(pageListingCaps({ show: "30" })).toEqual({ first: 30, others: PAGE_OTHER_LISTINGS });
  });

  it("gives one canonical URL per search: fixed order, page defaults left out", () => {
    expect(searchUrl(toPageParams({ sort: "relevance", location: "Boston, MA", q: "mri", show: "10", limit: "10" }))).toBe(
      "/search?q=mri&location=Boston%2C+MA",
    );
    expect(searchUrl(toPageParams({ q: "mri", show: "20", limit: "20" }))).toBe("/search?q=mri&limit=20&show=20");
    // Without a location, the radius and the distance order mean nothing.
    expect(searchUrl(toPageParams({ q: "mri", radius: "25", sort: "distance" }))).toBe("/search?q=mri");
  });

  it("drops parameters it does not know, such as the old nojs=1, from its links and canonical URL", () => {
    const params = toPageParams({ q: "mri", nojs: "1", utm_source: "mail" });
    expect(searchUrl(params)).toBe("/search?q=mri");
    expect(canonicalSearchUrl(params)).toBe("/search?q=mri");
  });
});
