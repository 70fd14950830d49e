// The pure parts of `npm run bench:search`: percentiles, the query mix, the
// script collector, and the national sample's plan (the heavy load and the
// measurement itself stay out of `npm test`).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateFile } from "@/lib/mrf/validate";
import { parseAddress } from "@/lib/ingest/hospital";
import { buildNationalDocument, DEFAULT_SAMPLE, planNationalSample, writePlannedFile } from "@/scripts/bench/national-sample";
import { collectInlineScripts, collectScripts, collectScriptUrls } from "@/scripts/bench/search-html";
import { zipsByState } from "@/scripts/bench/search-hospitals";
import { apiPath, apiQueryMix, hospitalSlug, pageQueryMix, QUERY_KINDS } from "@/scripts/bench/search-queries";
import { percentile, summarize } from "@/scripts/bench/search-stats";

const sample = planNationalSample(DEFAULT_SAMPLE);
const hospitals = sample.files.map((f) => f.hospital);

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it("uses the nearest rank: a measured value, never an interpolation", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    // p95 of 262 values is the 249th smallest.
    const many = Array.from({ length: 262 }, (_, i) => i + 1);
    expect(percentile(many, 95)).toBe(249);
  });

  it("leaves its input alone and refuses nonsense", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("summarizes", () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, max: 4, mean: 2.5 });
    expect(summarize([]).n).toBe(0);
  });
});

describe("query mix", () => {
  const mix = apiQueryMix(hospitals, DEFAULT_SAMPLE.seed);
  const paths = mix.map(apiPath);
  const qs = new Set(mix.map((q) => q.params.q));

  it("holds at least 200 distinct queries, with every kind well represented", () => {
    expect(mix.length).toBeGreaterThanOrEqual(200);
    expect(new Set(paths).size).toBe(paths.length);
    for (const kind of QUERY_KINDS) expect(mix.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(25);
  });

  it("has codes of every type, words and typos", () => {
    for (const type of ["CPT", "HCPCS", "MS-DRG", "RC", "NDC"]) {
      expect(mix.filter((q) => q.kind === "code" && q.detail === type).length, type).toBeGreaterThanOrEqual(5);
    }
    for (const q of ["70551", "73721", "45378", "80053", "99213", "470", "0450", "knee replacement", "brain mri", "colonoscopy", "blood test", "colonscopy", "mamogram", "kne replacment"]) {
      expect(qs.has(q), q).toBe(true);
    }
  });

  it("searches near ZIP codes and cities of the sample, with the filters' parameter names", () => {
    const location = mix.filter((q) => q.kind === "location");
    const zips = new Set(hospitals.map((h) => h.zip.zip));
    const byZip = location.filter((q) => /^\d{5}$/.test(q.params.location ?? ""));
    expect(byZip.length).toBeGreaterThanOrEqual(20);
    for (const q of byZip) {
      expect(zips.has(q.params.location!)).toBe(true);
      expect(Number(q.params.radius)).toBeGreaterThan(0);
    }
    const byCity = location.filter((q) => /^[A-Za-z .'-]+, [A-Z]{2}$/.test(q.params.location ?? ""));
    expect(byCity.length).toBeGreaterThanOrEqual(10);
    expect(location.some((q) => q.params.sort === "distance")).toBe(true);

    const allowed = new Set(["q", "location", "radius", "state", "payer", "plan", "setting", "hospital", "price", "sort", "limit"]);
    for (const q of mix) for (const key of Object.keys(q.params)) expect(allowed.has(key), key).toBe(true);
    const filters = mix.filter((q) => q.kind === "filter");
    for (const key of ["payer", "plan", "setting", "state", "hospital", "price"]) expect(filters.some((q) => key in q.params), key).toBe(true);
    expect(filters.some((q) => q.params.sort === "price")).toBe(true);
    const slugs = new Set(hospitals.map(hospitalSlug));
    for (const q of filters.filter((f) => f.params.hospital)) expect(slugs.has(q.params.hospital!)).toBe(true);
  });

  it("is the same for the same seed, and the page mix has the requested size", () => {
    expect(apiQueryMix(hospitals, DEFAULT_SAMPLE.seed).map(apiPath)).toEqual(paths);
    const page = pageQueryMix(hospitals, DEFAULT_SAMPLE.seed, 400);
    expect(page).toHaveLength(400);
    expect(page.every((p) => p.startsWith("/search?q="))).toBe(true);
  });
});

describe("script collector", () => {
  const html = `<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>
    <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
    <link rel="modulepreload" href="https://cdn.example/mod.js">
    <link rel="preload" as="font" href="/font.woff2" crossorigin="">
    <link rel="icon" href="data:image/svg+xml,%3Csvg%3E"/>
    <script src="/_next/static/chunks/main.js" async="" nonce="abc=="></script>
    <script src='/_next/static/chunks/webpack.js' async></script>
    <script src=/chunks/page.js?v=1&amp;x=2 defer></script>
    <script src="/_next/static/chunks/polyfills.js" noModule=""></script>
    <script nonce="abc==">self.__next_f=self.__next_f||[];self.__next_f.push([0,"<script src=\\"/not-a-tag.js\\">"])</script>
    <SCRIPT SRC="relative.js"></SCRIPT>
  </head><body></body></html>`;

  it("collects script sources and script preloads, once each, as absolute URLs", () => {
    expect(collectScriptUrls(html, "http://127.0.0.1:4000/search?q=70551")).toEqual([
      "http://127.0.0.1:4000/_next/static/chunks/webpack.js",
      "https://cdn.example/mod.js",
      "http://127.0.0.1:4000/_next/static/chunks/main.js",
      "http://127.0.0.1:4000/chunks/page.js?v=1&x=2",
      "http://127.0.0.1:4000/_next/static/chunks/polyfills.js",
      "http://127.0.0.1:4000/relative.js",
    ]);
  });

  it("marks nomodule scripts", () => {
    const scripts = collectScripts(html, "http://127.0.0.1:4000/search");
    expect(scripts.filter((s) => s.noModule).map((s) => new URL(s.url).pathname)).toEqual(["/_next/static/chunks/polyfills.js"]);
  });

  it("collects the code of inline scripts, not data blocks", () => {
    const page = `${html}<script type="application/ld+json">{"@type":"MedicalProcedure"}</script><script type="module">import("/x.js")</script><script>  </script>`;
    expect(collectInlineScripts(page)).toEqual(['self.__next_f=self.__next_f||[];self.__next_f.push([0,"<script src=\\"/not-a-tag.js\\">"])', 'import("/x.js")']);
    expect(collectInlineScripts("<p>No scripts</p>")).toEqual([]);
  });
});

describe("national sample", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "bench-search-test-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("plans 500+ fictional hospitals over 40+ states, on real ZIP codes, with 5M+ rows", () => {
    expect(hospitals.length).toBeGreaterThanOrEqual(500);
    expect(new Set(hospitals.map((h) => h.state)).size).toBeGreaterThanOrEqual(40);
    expect(sample.files.reduce((n, f) => n + f.targetRows, 0)).toBeGreaterThanOrEqual(5_000_000);
    expect(new Set(hospitals.map(hospitalSlug)).size).toBe(hospitals.length);
    const zips = zipsByState();
    for (const h of hospitals) {
      for (const location of h.locations) {
        const parsed = parseAddress(location.address);
        expect(parsed.state).toBe(h.state);
        const real = zips.get(h.state)!.find((z) => z.zip === parsed.postalCode);
        expect(real?.city, location.address).toBe(parsed.city);
      }
    }
    const formats = new Set(hospitals.map((h) => h.format));
    expect(formats).toEqual(new Set(["csv_tall", "csv_wide", "json"]));
    expect(hospitals.filter((h) => h.format === "csv_tall").length).toBeGreaterThan(hospitals.length / 2);
    expect(planNationalSample(DEFAULT_SAMPLE).files.map((f) => f.fileName)).toEqual(sample.files.map((f) => f.fileName));
  });

  it("gives each hospital 5–20 payer plans and its own wording of common services", () => {
    const brainMri = new Set<string>();
    for (const h of hospitals.slice(0, 40)) {
      const doc = buildNationalDocument(h, DEFAULT_SAMPLE.seed, Number.MAX_SAFE_INTEGER);
      expect(doc.plans.length).toBeGreaterThanOrEqual(5);
      expect(doc.plans.length).toBeLessThanOrEqual(20);
      for (const item of doc.items) {
        if (item.codes.some((c) => c.type === "CDM")) break; // the catalog is done; chargemaster lines follow
        if (item.codes.some((c) => c.code === "70551")) brainMri.add(item.description);
      }
    }
    expect(brainMri.size).toBeGreaterThanOrEqual(4);
  });

  it("writes files the CMS rules accept, in every format", async () => {
    const smallest = (format: string) =>
      sample.files.filter((f) => f.hospital.format === format).sort((a, b) => a.targetRows - b.targetRows)[0]!;
    for (const format of ["csv_tall", "csv_wide", "json"]) {
      const file = smallest(format);
      const written = await writePlannedFile(file, DEFAULT_SAMPLE.seed, work);
      expect(written.rows).toBeGreaterThanOrEqual(file.targetRows);
      const report = await validateFile(written.path);
      expect(report.errors, format).toEqual([]);
      expect(report.valid).toBe(true);
    }
  });
});
