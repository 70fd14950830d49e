// Server-renders the /search page to HTML (as a browser without JavaScript would get it) in its
// states: guidance, results, no results, invalid query and database error.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as search from "@/lib/search";
import SearchPage from "@/app/(public)/search/page";
import { resetDatabase, withClient } from "../../support/db";
import { seedSearchFixtures } from "../../support/search-fixtures";

vi.mock("@/lib/search", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/search")>();
  return { ...actual, searchServices: vi.fn(actual.searchServices) };
});

async function render(params: Record<string, string | string[]>): Promise<string> {
  const element = await SearchPage({ searchParams: Promise.resolve(params) });
  return renderToStaticMarkup(createElement(() => element));
}

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
});

afterEach(() => vi.restoreAllMocks());

describe("/search page", () => {
  it("shows guidance and a plain GET form when there is no query", async () => {
    const html = await render({});
    expect(html).toContain("How to search");
    const form = html.match(/<form[^>]*>/)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/search"');
    expect(html).toMatch(/<label for="q"[^>]*>Service or billing code<\/label>/);
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it("groups results by service with each hospital's prices, insurer rates and demo labels", async () => {
    const html = await render({ q: "70551" });
    expect(html).toContain("Prices for “70551”");
    expect(html).toContain("CPT 70551");
    expect(html).toContain('href="/hospitals/lakeside-general"');
    expect(html).toContain("$1,650.25"); // Hillcrest's current cash price
    expect(html).not.toContain("$9,999.00"); // …not its superseded one
    expect(html).toContain("55.5% of charges");
    expect(html).toContain("120% of the Medicare fee schedule");
    expect(html).toContain("Demo data");
    expect(html).toMatch(/<caption[^>]*>Prices for [^<]+ by hospital, in US dollars<\/caption>/);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it("explains when nothing matches", async () => {
    const html = await render({ q: "unobtainium" });
    expect(html).toContain("No prices found for “unobtainium”");
    expect(html).toContain("Try an example");
  });

  it("explains an invalid query instead of failing", async () => {
    const html = await render({ q: "x".repeat(201), limit: "999" });
    expect(html).toContain("Please change your search");
    expect(html).toContain("The search text must be at most 200 characters.");
  });

  it("shows an error message, without details, when the database fails", async () => {
    vi.mocked(search.searchServices).mockRejectedValueOnce(new Error("connect ECONNREFUSED 10.0.0.1:5432"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const html = await render({ q: "70551" });
    expect(html).toContain("Search is temporarily unavailable");
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).toContain('role="alert"');
  });
});
