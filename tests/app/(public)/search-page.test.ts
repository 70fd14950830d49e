// Server-renders the /search page to HTML (as a browser without JavaScript would get it) in its
// states: guidance, results, no results, invalid query and database error — in English and Spanish.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { SearchingState } from "@/components/search/search-states";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as search from "@/lib/search";
import SearchPage from "@/app/(public)/search/page";
import { resetDatabase, withClient } from "../../support/db";
import { seedSearchFixtures } from "../../support/search-fixtures";

// The page reads the request's language from the headers proxy.ts sets (x-locale).
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined }),
}));

vi.mock("@/lib/search", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/search")>();
  return { ...actual, searchServices: vi.fn(actual.searchServices) };
});

// The results stream in behind a Suspense boundary; prerender waits for them, as the
// browser gets the whole document in the end.
async function render(params: Record<string, string | string[]>): Promise<string> {
  const element = await SearchPage({ searchParams: Promise.resolve(params) });
  const { prelude } = await prerender(createElement(() => element));
  return new Response(prelude).text();
}

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
});

afterEach(() => {
  vi.restoreAllMocks();
  request.headers = new Headers();
});

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

  it("shows the first service in full and the others in brief, with a link to each one's own search", async () => {
    const html = await render({ q: "mri", payer: "Aetna" });
    const sections = html.split('<section aria-labelledby="service-').slice(1);
    expect(sections.length).toBeGreaterThan(1);
    // The first service has its insurers' tables; the others link to them instead.
    expect(sections[0]).toContain("Rates negotiated with insurers");
    const other = sections[1]!;
    expect(other).not.toContain("Rates negotiated with insurers");
    // One line per hospital with its price, cash and gross; no table.
    expect(other).toContain('data-testid="brief-listing"');
    expect(other.replaceAll("<!-- -->", "")).toMatch(/Discounted cash price: (\$[\d,.]+|<span aria-hidden="true")/);
    expect(other).not.toContain("<table");
    const link = other.match(/<a [^>]*href="([^"]+)"[^>]*>See every hospital’s prices for ([^<]+), with insurers’ rates<\/a>/);
    expect(link).not.toBeNull();
    const [, href, code] = link!;
    // The service's own search keeps the filters and names the code with its type.
    expect(href!.replaceAll("&amp;", "&")).toBe(`/search?q=${encodeURIComponent(code!).replaceAll("%20", "+")}&payer=Aetna`);
    expect(code).toMatch(/^[A-Z-]+ \S+$/);
  });

  it("sends a browser without JavaScript to the whole page, which keeps it in its form and links", async () => {
    // The streamed page's status: a <noscript> refresh to the same search with nojs=1.
    const status = renderToStaticMarkup(createElement(SearchingState, { locale: "en", withoutScript: "/search?q=mri&nojs=1" }));
    expect(status).toContain('<noscript><meta http-equiv="refresh" content="0; url=/search?q=mri&amp;nojs=1"></noscript>');
    expect(status).toContain('role="status"');
    // The whole page carries nojs on.
    const html = await render({ q: "mri", nojs: "1" });
    expect(html).toContain('<input type="hidden" name="nojs" value="1"/>');
    const link = html.match(/href="([^"]+)"[^>]*>See every hospital’s prices for/)?.[1];
    expect(link?.replaceAll("&amp;", "&")).toMatch(/^\/search\?q=[^&]+&nojs=1$/);
    expect(html).not.toContain("search-loading");
  });

  it("asks whether the results helped, and lets each listing's price be reported at its hospital", async () => {
    const html = await render({ q: "70551" });
    expect(html).toContain("Was this helpful?");
    const report = html.match(/<a [^>]*href="(\/hospitals\/lakeside-general\?report=[^"]+)"[^>]*>Report a wrong price<span class="sr-only"> at (?:<!-- -->)?Lakeside General Hospital<\/span><\/a>/);
    expect(report).not.toBeNull();
    const params = new URL(report![1]!.replaceAll("&amp;", "&"), "http://x").searchParams;
    expect(params.get("report")).toBe("CPT:70551");
    expect(params.get("price")).toMatch(/^\$[\d,]+\.\d\d \(Cash price\)$/);
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

  it("says why a place typed in the form cannot be found, quoting it, with the places it could be", async () => {
    const html = await render({ q: "70551", location: "Springfield" });
    expect(html).toContain("“Springfield” could be more than one place. Add the state after a comma.");
    expect(html).toMatch(/Did you mean Springfield, [A-Z]{2}, Springfield, [A-Z]{2}/);
    expect(html).toContain('value="Springfield"');
  });

  it("limits a search to one hospital, named in the filters with a box to untick", async () => {
    const html = await render({ q: "70551", hospital: "lakeside-general" });
    expect(html).toContain('href="/hospitals/lakeside-general"');
    expect(html).not.toContain('href="/hospitals/river-valley-medical"');
    expect(html).toMatch(/<input id="q-hospital" type="checkbox"[^>]* name="hospital" checked="" value="lakeside-general"/);
    expect(html).toContain("Only at Lakeside General Hospital");
    expect(html).toMatch(/<details open=""/);
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

describe("/search page in Spanish", () => {
  const spanish = () => {
    request.headers = new Headers({ "x-locale": "es" });
  };

  it("shows the guidance and form in Spanish", async () => {
    spanish();
    const html = await render({});
    expect(html).toContain("Cómo buscar");
    expect(html).toMatch(/<label for="q"[^>]*>Servicio o código de facturación<\/label>/);
    expect(html).toContain('aria-label="Búsqueda de precios"');
    expect(html).toContain(">Buscar</button>");
    // The example word searches stay English (the hospitals' descriptions are) and are marked so.
    expect(html).toContain('<span lang="en">knee replacement</span>');
    expect(html).not.toContain("How to search");
  });

  it("shows results with Spanish labels, US-dollar amounts and the hospitals' own words untranslated", async () => {
    spanish();
    const html = await render({ q: "70551" });
    expect(html).toContain("Precios de “70551”");
    expect(html).toContain("CPT 70551");
    expect(html).toContain("$1,650.25");
    expect(html).toContain("55.5% de los cargos");
    expect(html).toContain("120% of the Medicare fee schedule"); // a hospital's algorithm, as published
    expect(html).toContain("Datos de demostración");
    expect(html).toContain(">Cargo bruto</th>");
    expect(html).toContain(">Precio en efectivo con descuento</th>");
    expect(html).toContain(">Aseguradora</th>");
    expect(html).toMatch(/Se encontr(ó|aron) \d+ servicios? por código de facturación/);
    expect(html).toMatch(/<caption[^>]*>Precios de [^<]+ por hospital, en dólares estadounidenses<\/caption>/);
    expect(html).not.toMatch(/Gross charge|Discounted cash price|Negotiated rate|Not published|Demo data/);
  });

  it("explains no results, invalid queries and errors in Spanish", async () => {
    spanish();
    expect(await render({ q: "unobtainium" })).toContain("No se encontraron precios de “unobtainium”");
    const invalid = await render({ q: "x".repeat(201) });
    expect(invalid).toContain("Modifique su búsqueda");
    expect(invalid).toContain("El texto de búsqueda puede tener como máximo 200 caracteres.");
    vi.mocked(search.searchServices).mockRejectedValueOnce(new Error("connect ECONNREFUSED 10.0.0.1:5432"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await render({ q: "70551" });
    expect(failed).toContain("La búsqueda no está disponible en este momento");
    expect(failed).not.toContain("ECONNREFUSED");
  });

  it("says in Spanish why a place typed in the form cannot be found, quoting it, with suggestions", async () => {
    spanish();
    const unknown = await render({ q: "70551", location: "99999" });
    expect(unknown).toContain("No conocemos el código postal de «99999»");
    const ambiguous = await render({ q: "70551", location: "Springfield" });
    expect(ambiguous).toContain("«Springfield» puede ser más de un lugar.");
    expect(ambiguous).toMatch(/¿Quiso decir Springfield, [A-Z]{2}, Springfield, [A-Z]{2}/);
    // The form keeps what was typed, to be corrected.
    expect(unknown).toContain('value="99999"');
  });
});
