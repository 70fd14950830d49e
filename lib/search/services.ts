// searchServices: find services by billing code, by words in the hospitals' descriptions
// (spelling corrected from the vocabulary of descriptions), or by a CMS shoppable service,
// within a scope (location and radius, state, hospital), and list each hospital's prices,
// ranked by the price asked for (payer/plan, cash, gross), by distance or by relevance.
//
// Every query is bounded: at most MAX_CANDIDATES matching items are considered, at most
// MAX_OFFERS_PER_SERVICE listings are returned per service (MAX_PRICED_ITEMS priced to rank
// them by price), and at most MAX_RATES_PER_CHARGE payer rates per listing. Only each
// hospital's current file counts (its newest succeeded MRF file).
import type pg from "pg";
import { matchShoppable, shoppableBySlug, shoppableForCode } from "@/lib/shoppable";
import { MAX_CANDIDATES, findCandidates, suggestWords, type Candidate, type Correction } from "./candidates";
import { compareIds, compareText, smallest } from "./order";
import { codeTypeRank, withReadOnlyClient } from "./db";
import { loadOffers, type OfferItem } from "./offers";
import type { SearchQuery } from "./query";
import { loadScope } from "./scope";
import { codeQuery, codeTypeMatches, codeVariants, descriptionWords, fullTextQuery, looksLikeCode, typedCode, wordAlternatives } from "./terms";
import type { EchoedQuery, HospitalRef, MatchKind, SearchResult, ServiceOffer, ServiceResult } from "./types";

import { MAX_OFFERS_PER_SERVICE } from "./parameters";

export { MAX_OFFERS_PER_SERVICE };
/** Items priced per service to rank listings by price (the cheapest MAX_OFFERS_PER_SERVICE are returned). */
export const MAX_PRICED_ITEMS = 120;

const normalizeDescription = (d: string) => d.trim().replace(/\s+/g, " ");

/** The most common of the hospitals' descriptions (ties: the shorter, then alphabetical). */
export function pickLabel(descriptions: string[]): string {
  const counts = new Map<string, { text: string; n: number }>();
  for (const d of descriptions) {
    const text = normalizeDescription(d);
    const key = text.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.n += 1;
    else counts.set(key, { text, n: 1 });
  }
  const best = [...counts.values()].sort(
    (a, b) => b.n - a.n || a.text.length - b.text.length || compareText(a.text, b.text),
  )[0];
  return best?.text ?? "";
}


interface ServiceGroup {
  id: string;
  code: { type: string; code: string } | null;
  items: Candidate[];
  hospitalIds: Set<number>;
  bestRank: number;
  /** Found through a CMS shoppable service the words matched (ranked first). */
  viaShoppable: boolean;
}

/** An item's code that identifies its service: the searched code, else its best-ranked code (CPT, HCPCS, MS-DRG before RC). */
function serviceCode(c: Candidate, wanted: Set<string> | null, wantedType: string | null): { type: string; code: string } | null {
  let best: { type: string; code: string; rank: number } | null = null;
  for (let i = 0; i < c.codes.length; i++) {
    const code = c.codes[i]!;
    const type = (c.codeTypes[i] ?? "").toUpperCase();
    if (wanted && !wanted.has(code)) continue;
    if (wantedType && !codeTypeMatches(type, wantedType)) continue;
    const rank = codeTypeRank(type);
    if (!best || rank < best.rank) best = { type, code, rank };
  }
  return best && { type: best.type, code: best.code };
}

function groupCandidates(plan: Plan, candidates: Candidate[]): ServiceGroup[] {
  const { wanted, wantedType, shoppableCodes } = plan;
  const groups = new Map<string, ServiceGroup>();
  for (const c of candidates) {
    const code = serviceCode(c, wanted, wantedType);
    // "CPT 70551": an item that has 70551 only as another type of code is another service.
    if (wantedType && !code) continue;
    const id = code ? `${code.type}:${code.code}` : `description:${normalizeDescription(c.description).toLowerCase()}`;
    let group = groups.get(id);
    if (!group) {
      group = { id, code, items: [], hospitalIds: new Set(), bestRank: 0, viaShoppable: code !== null && shoppableCodes.has(code.code) };
      groups.set(id, group);
    }
    group.items.push(c);
    group.hospitalIds.add(c.hospitalId);
    if (c.rank > group.bestRank) group.bestRank = c.rank;
  }
  return [...groups.values()];
}

interface HospitalRow {
  id: number;
  slug: string;
  name: string;
  is_demo: boolean;
  city: string | null;
  state: string | null;
}

async function loadHospitals(client: pg.ClientBase, ids: number[]): Promise<Map<number, HospitalRef>> {
  if (ids.length === 0) return new Map();
  const { rows } = await client.query<HospitalRow>(
    `SELECT h.id, h.slug, h.name, h.is_demo, loc.city, loc.state
     FROM hospitals h
     LEFT JOIN LATERAL (
       SELECT l.city, l.state FROM hospital_locations l
       WHERE l.hospital_id = h.id ORDER BY l.position LIMIT 1
     ) loc ON true
     WHERE h.id = ANY($1::int[])`,
    [ids],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { slug: r.slug, name: r.name, isDemo: r.is_demo, city: r.city?.trim() || null, state: r.state?.trim() || null, distanceMiles: null },
    ]),
  );
}

/** What to look for: the full-text query, the codes searched (to group by), and how. */
interface Plan {
  tsquery: string;
  matchedBy: MatchKind;
  /** Codes searched for (a code search or a shoppable service): services are these codes. */
  wanted: Set<string> | null;
  /** The code type searched for ("CPT 70551"), if one was named. */
  wantedType: string | null;
  /** Codes of a shoppable service the words matched, ranked first. */
  shoppableCodes: Set<string>;
}

function planFor(query: SearchQuery): Plan | null {
  if (query.service) {
    const codes = shoppableBySlug(query.service)!.codes.map((c) => c.code.toUpperCase());
    return { tsquery: codeQuery(codes), matchedBy: "service", wanted: new Set(codes), wantedType: null, shoppableCodes: new Set(codes) };
  }
  const q = query.q!;
  if (looksLikeCode(q)) return codePlan(codeVariants(q));
  const typed = typedCode(q);
  if (typed) return codePlan([typed.code], typed.type);
  return wordsPlan(q);
}

function wordsPlan(q: string, replacements: Correction[] = []): Plan | null {
  const words = descriptionWords(q).map((w) => replacements.find((r) => r.word === w)?.usedInstead ?? wordAlternatives(w));
  let tsquery = fullTextQuery(words);
  if (tsquery === null) return null;
  // Plain words that name a CMS shoppable service ("knee replacement") also find its codes,
  // whatever words the hospitals use for it ("MAJOR JOINT REPLACEMENT LWR EXTREMITY").
  const shoppable = matchShoppable(q, "en", { limit: 1, complete: true })[0];
  const shoppableCodes = new Set(shoppable ? shoppable.codes.map((c) => c.code.toUpperCase()) : []);
  if (shoppableCodes.size > 0) tsquery = `(${tsquery}) | ${codeQuery([...shoppableCodes])}`;
  return { tsquery, matchedBy: "description", wanted: null, wantedType: null, shoppableCodes };
}

function codePlan(codes: string[], wantedType: string | null = null): Plan {
  return { tsquery: codeQuery(codes), matchedBy: "code", wanted: new Set(codes), wantedType, shoppableCodes: new Set() };
}

const compareNames = (hospitals: Map<number, HospitalRef>) => (a: Candidate, b: Candidate) =>
  compareText(hospitals.get(a.hospitalId)?.name ?? "", hospitals.get(b.hospitalId)?.name ?? "") ||
  a.hospitalId - b.hospitalId ||
  compareText(a.description, b.description) ||
  compareIds(a.itemId, b.itemId);

/**
 * The first `count` services, best first: a shoppable service's codes in its order, then the
 * most hospitals, those found through a shoppable service the words named, code types (CPT
 * before RC), full-text rank, label. Labels are made only for the groups a comparison reaches.
 */
function bestGroups(plan: Plan | null, groups: ServiceGroup[], count: number): { selected: ServiceGroup[]; labelOf: (g: ServiceGroup) => string } {
  const labels = new Map<ServiceGroup, string>();
  const labelOf = (g: ServiceGroup) => {
    let label = labels.get(g);
    if (label === undefined) labels.set(g, (label = pickLabel(g.items.map((i) => i.description))));
    return label;
  };
  const serviceOrder = plan?.matchedBy === "service" && plan.wanted ? [...plan.wanted] : null;
  const byCodeType = plan?.matchedBy === "code";
  const keyed = groups.map((g) => ({
    g,
    order: serviceOrder ? serviceOrder.indexOf(g.code?.code ?? "") : 0,
    hospitals: g.hospitalIds.size,
    shoppable: Number(g.viaShoppable),
    codeRank: byCodeType ? codeTypeRank(g.code?.type ?? "") : 0,
  }));
  const best = smallest(
    keyed,
    count,
    (a, b) =>
      a.order - b.order ||
      b.hospitals - a.hospitals ||
      b.shoppable - a.shoppable ||
      a.codeRank - b.codeRank ||
      b.g.bestRank - a.g.bestRank ||
      compareText(labelOf(a.g), labelOf(b.g)) ||
      compareText(a.g.id, b.g.id),
  );
  return { selected: best.map((k) => k.g), labelOf };
}

/** loadOffers' answer (one list per item, items in order) split back into the services' item lists. */
function groupByItem(chosen: OfferItem[][], offers: ServiceOffer[][]): { item: OfferItem; offers: ServiceOffer[] }[][] {
  let cursor = 0;
  return chosen.map((items) => items.map((item) => ({ item, offers: offers[cursor++]! })));
}

/** How many hospitals' listings to return for the first service and for each of the others (at most MAX_OFFERS_PER_SERVICE). */
export interface ListingCaps {
  first: number;
  others: number;
}

const ALL_LISTINGS: ListingCaps = { first: MAX_OFFERS_PER_SERVICE, others: MAX_OFFERS_PER_SERVICE };

async function runSearch(client: pg.ClientBase, query: SearchQuery, caps: ListingCaps): Promise<SearchResult> {
  const scope = await loadScope(client, { state: query.state, hospital: query.hospital, location: query.location, radius: query.radius });
  let plan = planFor(query);
  const find = (p: Plan) => findCandidates(client, p.tsquery, scope, MAX_CANDIDATES[p.matchedBy], p.matchedBy === "description");
  let candidates = plan ? await find(plan) : [];
  let corrections: Correction[] = [];

  if (candidates.length === 0 && query.q !== null) {
    const q = query.q;
    if (plan?.matchedBy === "code") {
      // A code-like text may be words after all ("b12").
      const words = wordsPlan(q);
      if (words) {
        const found = await find(words);
        if (found.length > 0) [plan, candidates] = [words, found];
      }
    } else if (!/\s/.test(q) && q.length <= 24) {
      // A single word that matches no description may be a code without digits.
      const codes = codePlan(codeVariants(q));
      const found = await find(codes);
      if (found.length > 0) [plan, candidates] = [codes, found];
    }
    if (candidates.length === 0 && plan?.matchedBy !== "code") {
      // Misspelt words: use the closest words the hospitals' descriptions contain.
      const suggested = await suggestWords(client, descriptionWords(q).filter((w) => /^[\p{L}]{3,}$/u.test(w)));
      const corrected = suggested.length > 0 ? wordsPlan(q, suggested) : null;
      const found = corrected ? await find(corrected) : [];
      // Only a correction that finds something is used and told: "showing results for"
      // over no results would send the visitor after words that find nothing either.
      if (found.length > 0) [plan, candidates, corrections] = [corrected, found, suggested];
    }
  }

  const groups = plan ? groupCandidates(plan, candidates) : [];
  const { selected, labelOf } = bestGroups(plan, groups, query.limit);
  const hospitals = await loadHospitals(client, [...new Set(selected.flatMap((g) => [...g.hospitalIds]))]);

  // Which listings to read, per service: by distance, the nearest; by price, enough to find
  // the cheapest; otherwise in hospital-name order.
  const byName = compareNames(hospitals);
  const byDistance = (a: Candidate, b: Candidate) => (a.miles ?? Infinity) - (b.miles ?? Infinity) || byName(a, b);
  const capOf = (index: number) => Math.min(MAX_OFFERS_PER_SERVICE, index === 0 ? caps.first : caps.others);
  const filter = { setting: query.setting, payer: query.payer, plan: query.plan, price: query.price };
  const byPrice = (a: ServiceOffer, b: ServiceOffer) =>
    (a.price?.amount ?? Infinity) - (b.price?.amount ?? Infinity) || compareText(a.hospital.name, b.hospital.name);
  let chosen: OfferItem[][] = selected.map((g, index) =>
    smallest(g.items, query.sort === "price" ? MAX_PRICED_ITEMS : capOf(index), query.sort === "distance" ? byDistance : byName),
  );
  const truncated = selected.map((g, index) => g.items.length > chosen[index]!.length);
  if (query.sort === "price") {
    // Rank up to MAX_PRICED_ITEMS per service by their prices alone, then read in full only
    // the items of the cheapest listings.
    const priced = groupByItem(chosen, await loadOffers(client, chosen.flat(), hospitals, filter, { pricesOnly: true }));
    chosen = priced.map((listings, index) => {
      const offers = listings.flatMap((l) => l.offers.map((offer) => ({ offer, item: l.item })));
      const cheapest = smallest(offers, capOf(index), (a, b) => byPrice(a.offer, b.offer));
      truncated[index] ||= offers.length > cheapest.length;
      return [...new Set(cheapest.map((c) => c.item))];
    });
  }
  const offers = groupByItem(chosen, await loadOffers(client, chosen.flat(), hospitals, filter));

  const services: ServiceResult[] = selected.map((group, index) => {
    let listed = offers[index]!.flatMap((l) => l.offers);
    if (query.sort === "price") listed.sort(byPrice);
    truncated[index] ||= listed.length > capOf(index);
    listed = listed.slice(0, capOf(index));
    return {
      id: group.id,
      code: group.code,
      label: labelOf(group),
      shoppable: group.code ? (shoppableForCode(group.code.type, group.code.code)?.slug ?? null) : null,
      hospitalCount: group.hospitalIds.size,
      hospitals: listed,
      hospitalsTruncated: truncated[index]!,
    };
  });

  return {
    query: echoQuery(query),
    matchedBy: plan?.matchedBy ?? "description",
    corrections,
    totalServices: groups.length,
    truncated: plan !== null && candidates.length >= MAX_CANDIDATES[plan.matchedBy],
    services,
  };
}

/** The query as understood, as results echo it (the location as its label). */
export function echoQuery(query: SearchQuery): EchoedQuery {
  return {
    q: query.q,
    service: query.service,
    limit: query.limit,
    location: query.location?.label ?? null,
    radius: query.radius,
    state: query.state,
    payer: query.payer,
    plan: query.plan,
    setting: query.setting,
    hospital: query.hospital,
    price: query.price,
    sort: query.sort,
  };
}

/**
 * Searches the current price files of all hospitals. Throws on database errors. `caps` lists
 * fewer hospitals per service (the search page shows the first service in full, the others
 * in brief); the API returns up to MAX_OFFERS_PER_SERVICE for every service.
 */
export async function searchServices(query: SearchQuery, caps: ListingCaps = ALL_LISTINGS): Promise<SearchResult> {
  return withReadOnlyClient((client) => runSearch(client, query, caps));
}
