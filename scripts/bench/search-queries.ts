// The queries bench:search sends: what people type into a price search.
//
// Kinds, each reported on its own:
//   code     — billing codes of every type: CPT, HCPCS, MS-DRG, revenue code, NDC
//   words    — plain words ("knee replacement", "brain mri", "blood test")
//   typo     — misspelt words ("colonscopy", "mamogram", "kne replacment")
//   location — codes, words and typos near a place: location=<ZIP>&radius=<miles>,
//              location=City, ST (with or without a radius), some sorted by distance
//   filter   — payer, payer and plan, setting, state, hospital, sort=price with
//              price=cash|negotiated|gross, and a location with a payer
// Locations, payers and hospitals come from the sample itself, so filtered
// queries have something to find. Deterministic from the seed.
import { slugify } from "../../lib/ingest/hospital";
import { CATALOG } from "../../lib/mrf/generator/catalog";
import { Rng } from "../../lib/mrf/generator/prng";
import type { NationalHospital } from "./search-hospitals";
import { BENCH_PAYERS } from "./search-payers";

export const QUERY_KINDS = ["code", "words", "typo", "location", "filter"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  /** What the query exercises, e.g. "CPT", "zip+radius", "payer". */
  detail: string;
  params: Record<string, string>;
}

export const WORD_QUERIES: readonly string[] = [
  "knee replacement", "brain mri", "colonoscopy", "blood test", "mammogram", "mri knee", "ct scan", "chest x-ray",
  "emergency room visit", "er visit", "physical therapy", "cataract surgery", "hernia repair", "ultrasound",
  "metabolic panel", "complete blood count", "cbc", "room and board", "ct abdomen pelvis", "vaginal delivery",
  "cesarean", "c-section", "colonoscopy biopsy", "office visit", "clinic visit", "insulin", "saline",
  "echocardiogram", "hip replacement", "gallbladder removal", "coronary stent", "psychotherapy", "covid test",
  "lumbar spine mri", "head ct", "hemoglobin a1c", "cholesterol", "thyroid", "urine test", "ecg",
  "knee arthroscopy", "epidural", "iv infusion", "icu", "newborn", "pneumonia", "kidney failure", "spinal fusion",
  "wound dressing", "hip and knee joint replacement", "screening colonoscopy", "x-ray", "mri", "blood draw",
];

export const TYPO_QUERIES: readonly string[] = [
  "colonscopy", "mamogram", "kne replacment", "brian mri", "colonoscpy", "ultrasond", "cateract surgery",
  "hernai repair", "metabolc panel", "physcial therapy", "insuline", "echocardiagram", "knee replacment",
  "cholestrol", "pnuemonia", "mamography", "emergancy room", "xray chest", "colonoscopey", "gallblader",
  "apendectomy", "hemoglobin a1", "thyriod", "cesearean", "ultra sound", "psychoterapy", "arthroscopie knee",
  "infussion", "stiches", "anesthesa",
];

/** The catalog's distinct codes of one type, in catalog order. */
export function catalogCodes(type: string): string[] {
  const out: string[] = [];
  for (const entry of CATALOG) for (const c of entry.codes) if (c.type === type && !out.includes(c.code)) out.push(c.code);
  return out;
}

/** How many code queries of each type the mix holds (capped at the catalog's distinct codes). */
const CODE_MIX: readonly [string, number][] = [
  ["CPT", 30],
  ["HCPCS", 8],
  ["MS-DRG", 10],
  ["RC", 10],
  ["NDC", 8],
];

/** Revenue codes people look up (0450 emergency room, 0120 room and board, …) before the others. */
const COMMON_RC = ["0450", "0120", "0200", "0611", "0360", "0301", "0250", "0636", "0278", "0710"];

/** The slug the loader gives a hospital (lib/ingest/hospital.ts: name and licensing state). */
export function hospitalSlug(h: Pick<NationalHospital, "name" | "state">): string {
  return slugify(`${h.name} ${h.state}`);
}

export function codeQueries(): { code: string; type: string }[] {
  const out: { code: string; type: string }[] = [];
  for (const [type, n] of CODE_MIX) {
    const codes = type === "RC" ? [...COMMON_RC, ...catalogCodes("RC").filter((c) => !COMMON_RC.includes(c))] : catalogCodes(type);
    for (const code of codes.slice(0, n)) out.push({ code, type });
  }
  return out;
}

const RADII = ["10", "25", "50", "100"];

/**
 * The API mix: about 250 distinct queries of every kind, shuffled so that
 * kinds alternate (no kind runs while the server is colder or warmer).
 */
export function apiQueryMix(hospitals: readonly NationalHospital[], seed: number, stream = "api"): BenchQuery[] {
  if (hospitals.length === 0) throw new RangeError("the query mix needs the sample's hospitals");
  const rng = Rng.from("bench-search", seed, "queries", stream);
  const out: BenchQuery[] = [];
  const codes = codeQueries();
  for (const c of codes) out.push({ kind: "code", detail: c.type, params: { q: c.code } });
  for (const q of WORD_QUERIES) out.push({ kind: "words", detail: q.includes(" ") ? "phrase" : "word", params: { q } });
  for (const q of TYPO_QUERIES) out.push({ kind: "typo", detail: "typo", params: { q } });

  const anyQ = () => {
    const pick = rng.int(0, 2);
    return pick === 0 ? rng.pick(codes).code : pick === 1 ? rng.pick(WORD_QUERIES) : rng.pick(TYPO_QUERIES);
  };
  // Location: 40 by ZIP and radius, 20 by "City, ST" (half with a radius); a quarter sorted by distance.
  for (let i = 0; i < 60; i++) {
    const h = rng.pick(hospitals);
    const params: Record<string, string> = { q: anyQ() };
    let detail: string;
    if (i < 40) {
      params.location = h.zip.zip;
      params.radius = rng.pick(RADII);
      detail = "zip+radius";
    } else {
      params.location = `${h.zip.city}, ${h.zip.state}`;
      detail = "city";
      if (i % 2 === 0) {
        params.radius = rng.pick(RADII);
        detail = "city+radius";
      }
    }
    if (i % 4 === 3) {
      params.sort = "distance";
      detail += "+sort";
    }
    out.push({ kind: "location", detail, params });
  }

  // Filters.
  const commonQ = ["70551", "73721", "45378", "80053", "99213", "470", "0450", "brain mri", "knee replacement", "colonoscopy", "blood test", "mammogram"];
  for (let i = 0; i < 12; i++) {
    out.push({ kind: "filter", detail: "payer", params: { q: commonQ[i % commonQ.length]!, payer: BENCH_PAYERS[(i * 5) % BENCH_PAYERS.length]!.name } });
  }
  for (let i = 0; i < 6; i++) {
    const payer = BENCH_PAYERS[(i * 7 + 3) % BENCH_PAYERS.length]!;
    out.push({ kind: "filter", detail: "payer+plan", params: { q: commonQ[(i + 3) % commonQ.length]!, payer: payer.name, plan: payer.plans[i % payer.plans.length]!.name } });
  }
  const settingQ: [string, string][] = [["80053", "outpatient"], ["80053", "inpatient"], ["85025", "inpatient"], ["metabolic panel", "outpatient"], ["knee replacement", "inpatient"], ["27447", "outpatient"], ["blood test", "inpatient"], ["470", "inpatient"]];
  for (const [q, setting] of settingQ) out.push({ kind: "filter", detail: "setting", params: { q, setting } });
  for (let i = 0; i < 8; i++) {
    out.push({ kind: "filter", detail: "state", params: { q: commonQ[(i + 5) % commonQ.length]!, state: rng.pick(hospitals).state } });
  }
  const prices = ["cash", "negotiated", "gross"];
  for (let i = 0; i < 9; i++) {
    out.push({ kind: "filter", detail: "sort=price", params: { q: commonQ[(i + 1) % commonQ.length]!, sort: "price", price: prices[i % 3]! } });
  }
  for (let i = 0; i < 5; i++) {
    out.push({ kind: "filter", detail: "hospital", params: { q: commonQ[(i + 2) % commonQ.length]!, hospital: hospitalSlug(rng.pick(hospitals)) } });
  }
  for (let i = 0; i < 4; i++) {
    const h = rng.pick(hospitals);
    out.push({ kind: "filter", detail: "location+payer", params: { q: commonQ[(i + 7) % commonQ.length]!, location: h.zip.zip, radius: "50", payer: rng.pick(BENCH_PAYERS).name, sort: "price", price: "negotiated" } });
  }

  // Distinct requests only: a repeated URL would measure whatever the server cached the first time.
  const seen = new Set<string>();
  const distinct = out.filter((q) => {
    const key = apiPath(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return rng.shuffle(distinct);
}

export function apiPath(q: BenchQuery): string {
  return `/api/v1/search?${new URLSearchParams(q.params).toString()}`;
}

/**
 * The page mix: `count` requests for /search?q=…, codes, words and typos, a third
 * of them near a ZIP code (which the page may ignore until it supports locations).
 * Popular searches repeat, as they would with 20 people searching at once.
 */
export function pageQueryMix(hospitals: readonly NationalHospital[], seed: number, count: number): string[] {
  const rng = Rng.from("bench-search", seed, "queries", "page");
  const pool = [...codeQueries().map((c) => c.code), ...WORD_QUERIES, ...TYPO_QUERIES];
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const params: Record<string, string> = { q: rng.pick(pool) };
    if (i % 3 === 2) {
      params.location = rng.pick(hospitals).zip.zip;
      params.radius = "25";
    }
    paths.push(`/search?${new URLSearchParams(params).toString()}`);
  }
  return paths;
}
