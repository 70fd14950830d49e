// The /search page (pages/api/search-page.ts) served by a real HTTP server: all a browser
// gets — the page ships no JavaScript — in its states (guidance, results, no results, invalid
// query, database error) in English and Spanish, sent in document order; and "Was this
// helpful?" posted back to it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import sendSearchPage from "@/pages/api/search-page";
import * as services from "@/lib/search/services";
import { resetDatabase, withClient } from "../../support/db";
import { seedSearchFixtures } from "../../support/search-fixtures";

vi.mock("@/lib/search/services", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/search/services")>();
  return { ...actual, searchServices: vi.fn(actual.searchServices) };
});

interface Request {
  params?: Record<string, string>;
  /** The headers proxy.ts would have set (x-locale) and the browser's. */
  headers?: Record<string, string>;
  /** A form post: its url-encoded body. */
  post?: string;
}

const server = http.createServer((req, res) => void sendSearchPage(req, res));
let base = "";

const urlOf = (params: Record<string, string>) => `${base}/search${Object.keys(params).length ? `?${new URLSearchParams(params).toString()}` : ""}`;

function send({ params = {}, headers = {}, post }: Request): Promise<Response> {
  return fetch(urlOf(params), {
    method: post === undefined ? "GET" : "POST",
    headers: { ...(post !== undefined && { "content-type": "application/x-www-form-urlencoded" }), ...headers },
    ...(post !== undefined && { body: post }),
  });
}

async function serve(request: Request): Promise<{ html: string; status: number }> {
  const response = await send(request);
  return { html: await response.text(), status: response.status };
}

const locale = { value: "en" };
const render = async (params: Record<string, string>) => (await serve({ params, headers: { "x-locale": locale.value } })).html;

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  vi.restoreAllMocks();
  locale.value = "en";
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

  it("ships no JavaScript: no script at all, and links of its own in the other language", async () => {
    const html = await render({ q: "mri", payer: "Aetna" });
    expect(html.startsWith("<!DOCTYPE html><html lang=\"en\">")).toBe(true);
    expect(html).not.toContain("<script");
    // The language switch keeps the search (the App Router's pages read it from the URL hooks).
    expect(html).toMatch(/<a href="\/search\?q=mri&amp;payer=Aetna&amp;lang=es" lang="es" hrefLang="es"/);
  });

  it("sends everything up to the results at once, then the results when the database has answered", async () => {
    const actual = vi.mocked(services.searchServices).getMockImplementation()!;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    vi.mocked(services.searchServices).mockImplementationOnce(async (...args) => {
      await answered;
      return actual(...args);
    });
    const response = await send({ params: { q: "70551" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let first = "";
    while (!first.includes("Searching hospitals’ prices…")) first += decoder.decode((await reader.read()).value, { stream: true });
    // The head, the heading and the form are on the screen while the search runs.
    expect(first).toContain("<title>Prices for “70551” · Hospital Priceline</title>");
    expect(first).toMatch(/<input id="q" [^>]*value="70551"/);
    expect(first).toMatch(/<p role="status"[^>]*>Searching hospitals’ prices…<\/p>/);
    expect(first).not.toContain('data-testid="result-summary"');
    answer();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decoder.decode(r.value, { stream: true });
    // The results follow the status, which CSS hides once they are there, and the page ends whole.
    expect(rest.indexOf("data-search-outcome")).toBeLessThan(rest.indexOf('data-testid="result-summary"'));
    expect(rest).toContain("Was this helpful?");
    expect(rest.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("names the search in its head: title, canonical URL and a preview image of its prices", async () => {
    const html = await render({ q: "mri", payer: "Aetna", utm_source: "mail" });
    expect(html).toContain("<title>Prices for “mri” · Hospital Priceline</title>");
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/search\?q=mri&amp;payer=Aetna"\/>/);
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:\d+\/og\/search\?q=mri&amp;payer=Aetna&amp;lang=en"\/>/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(await render({})).toContain("<title>Search prices · Hospital Priceline</title>");
  });

  it("refuses other methods", async () => {
    const response = await fetch(urlOf({ q: "mri" }), { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
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
    vi.mocked(services.searchServices).mockRejectedValueOnce(new Error("connect ECONNREFUSED 10.0.0.1:5432"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const html = await render({ q: "70551" });
    expect(html).toContain("Search is temporarily unavailable");
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).toContain('role="alert"');
  });
});

describe("/search page in Spanish", () => {
  const spanish = () => {
    locale.value = "es";
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
    vi.mocked(services.searchServices).mockRejectedValueOnce(new Error("connect ECONNREFUSED 10.0.0.1:5432"));
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

describe("“Was this helpful?” posted to /search", () => {
  const stored = (marker: string) =>
    withClient(async (c) => (await c.query<{ kind: string; page: string; query: string | null; locale: string }>("SELECT kind, page, query, locale FROM feedback WHERE message LIKE $1", [`%${marker}%`])).rows);
  const form = (fields: Record<string, string>) => new URLSearchParams({ locale: "en", page: "/search?q=70551", query: "70551", ...fields }).toString();
  // Each test posts from its own address: the rate limit counts per client.
  let address = 10;
  const from = () => ({ "x-forwarded-for": `192.0.2.${address++}` });

  it("stores the answer and thanks the visitor on the same search, scrolled to the form", async () => {
    const marker = `clear-${Date.now()}`;
    const before = await render({ q: "70551" });
    const helpfulForm = before.match(/<form [^>]*data-testid="helpful-form"[^>]*>/)?.[0] ?? "";
    expect(helpfulForm).toContain('action="/search?q=70551#feedback"');
    expect(helpfulForm).toContain('method="post"');
    const { html, status } = await serve({ params: { q: "70551" }, headers: from(), post: form({ helpful: "yes", comment: `Very clear ${marker}` }) });
    expect(status).toBe(200);
    expect(html).toMatch(/<div role="status"[^>]*><p[^>]*>Thank you/);
    expect(html).not.toContain('data-testid="helpful-form"');
    expect(html).toContain("Prices for “70551”"); // the results are still there
    expect(await stored(marker)).toEqual([{ kind: "helpful", page: "/search?q=70551", query: "70551", locale: "en" }]);
  });

  it("says what is missing and keeps the comment when no answer is chosen", async () => {
    const marker = `nochoice-${Date.now()}`;
    const { html, status } = await serve({ params: { q: "70551" }, headers: from(), post: form({ comment: marker }) });
    expect(status).toBe(200);
    expect(html).toContain('data-testid="helpful-form"');
    expect(html).toMatch(/<p id="helpful-helpful-error"[^>]*>[^<]+<\/p>/);
    expect(html).toContain(marker); // the comment is kept, to send again
    expect(await stored(marker)).toEqual([]);
  });

  it("answers in Spanish for a form shown in Spanish", async () => {
    const marker = `es-${Date.now()}`;
    const { html } = await serve({ params: { q: "70551" }, headers: { ...from(), "x-locale": "es" }, post: form({ locale: "es", helpful: "no", comment: marker }) });
    expect(html).toContain("Gracias");
    expect(await stored(marker)).toEqual([{ kind: "not_helpful", page: "/search?q=70551", query: "70551", locale: "es" }]);
  });

  it("drops a filled honeypot silently, and refuses posts from other sites or in other encodings", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const marker = `bot-${Date.now()}`;
    const bot = await serve({ params: { q: "70551" }, headers: from(), post: form({ helpful: "yes", comment: marker, website: "http://spam.example" }) });
    expect(bot.html).toContain("Thank you");
    const crossSite = await serve({ params: { q: "70551" }, headers: { ...from(), origin: "https://evil.example" }, post: form({ helpful: "yes", comment: marker }) });
    expect(crossSite.status).toBe(403);
    expect(crossSite.html).toContain("This form could not be sent. Please reload the page and try again.");
    const json = await serve({ params: { q: "70551" }, headers: { ...from(), "content-type": "application/json" }, post: JSON.stringify({ helpful: "yes", comment: marker }) });
    expect(json.status).toBe(415);
    const huge = await serve({ params: { q: "70551" }, headers: from(), post: form({ helpful: "yes", comment: `${marker} ${"x".repeat(70_000)}` }) });
    expect(huge.status).toBe(413);
    expect(await stored(marker)).toEqual([]);
  });

  it("answers 413 to an oversized post sent without a length, and stores nothing", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const marker = `chunked-${Date.now()}`;
    const body = form({ helpful: "yes", comment: `${marker} ${"x".repeat(80_000)}` });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < body.length; i += 8_192) controller.enqueue(new TextEncoder().encode(body.slice(i, i + 8_192)));
        controller.close();
      },
    });
    const response = await fetch(urlOf({ q: "70551" }), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...from() },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("This form could not be sent.");
    expect(await stored(marker)).toEqual([]);
  });

  it("stops a client after five answers in ten minutes, saying when to try again", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const headers = from();
    for (let i = 0; i < 5; i++) expect((await serve({ params: { q: "70551" }, headers, post: form({ helpful: "yes" }) })).status).toBe(200);
    const sixth = await serve({ params: { q: "70551" }, headers, post: form({ helpful: "yes", comment: "sixth" }) });
    expect(sixth.status).toBe(429);
    expect(sixth.html).toMatch(/Too many|try again in/i);
    expect(sixth.html).toContain("sixth");
  });
});
