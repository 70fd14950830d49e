import { describe, expect, it } from "vitest";
import { reportLink, reportedPrice } from "@/lib/feedback/report-link";

describe("report links", () => {
  it("carry the service and the price shown to the hospital page's report form", () => {
    const href = reportLink("lakeside-general", "CPT:70551", "$1,650.25 (Cash price)");
    expect(href).toBe("/hospitals/lakeside-general?report=CPT%3A70551&price=%241%2C650.25+%28Cash+price%29#report");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(reportedPrice(params)).toEqual({ service: "CPT:70551", price: "$1,650.25 (Cash price)" });
  });

  it("ignore a hand-edited link that does not name a service and a price", () => {
    expect(reportedPrice({})).toBeNull();
    expect(reportedPrice({ report: "CPT:70551" })).toBeNull();
    expect(reportedPrice({ report: "<script>", price: "$1" })).toBeNull();
    expect(reportedPrice({ report: "CPT:70551", price: "x".repeat(101) })).toBeNull();
    expect(reportedPrice({ report: ["MS-DRG:470", "CPT:1"], price: "$30,000.00\u0000" })).toEqual({ service: "MS-DRG:470", price: "$30,000.00" });
  });
});
