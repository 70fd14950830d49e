// The 70 CMS shoppable services (45 CFR 180.60) as a search entry point: a patient picks
// "Colonoscopy" instead of typing 45378. Pure data and lookups; no database.
import { CATEGORIES, SHOPPABLE_SERVICES } from "./catalog";
import { DEFAULT_MATCH_LIMIT, buildIndex, matchIndex } from "./match";
import { LOCALES } from "./types";
import type { Locale, ShoppableCategoryId, ShoppableService } from "./types";

export { CATEGORIES, SHOPPABLE_SERVICES };
export { DEFAULT_MATCH_LIMIT, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "./match";
export { LOCALES };
export type {
  Locale,
  Localized,
  ShoppableCategory,
  ShoppableCategoryId,
  ShoppableCode,
  ShoppableCodeType,
  ShoppableService,
} from "./types";

const bySlug = new Map(SHOPPABLE_SERVICES.map((s) => [s.slug, s]));

/**
 * Code systems as hospitals label them in their files. CPT codes are HCPCS Level I and hospitals
 * label them either way, so both names share one namespace; MS-DRG is spelled a few ways in
 * legacy files. Other DRG families (APR-DRG…) number their groups differently, and a bare "DRG"
 * label does not say which family it is, so neither is mapped.
 */
const CODE_SYSTEMS: Readonly<Record<string, "HCPCS" | "MS-DRG">> = {
  CPT: "HCPCS",
  HCPCS: "HCPCS",
  "MS-DRG": "MS-DRG",
  MSDRG: "MS-DRG",
};

function codeKey(type: string, code: string): string | null {
  const system = CODE_SYSTEMS[type.trim().toUpperCase().replace(/[\s_]+/g, "-")];
  if (system === undefined) return null;
  let value = code.trim().toUpperCase();
  // MS-DRGs are three digits; files also write them unpadded ("65") or padded to four ("0470").
  if (system === "MS-DRG" && /^\d{1,4}$/.test(value) && Number(value) < 1000) value = String(Number(value)).padStart(3, "0");
  return `${system}:${value}`;
}

const byCode = new Map<string, ShoppableService>();
for (const service of SHOPPABLE_SERVICES) {
  for (const { type, code } of service.codes) {
    const key = codeKey(type, code)!;
    const taken = byCode.get(key);
    if (taken !== undefined) throw new Error(`shoppable catalog: ${key} is in both ${taken.slug} and ${service.slug}`);
    byCode.set(key, service);
  }
}

const index = buildIndex(SHOPPABLE_SERVICES);

/** The service with this slug, if any. */
export function shoppableBySlug(slug: string): ShoppableService | undefined {
  return bySlug.get(slug);
}

/**
 * The shoppable service a billing code belongs to, if any: `shoppableForCode("HCPCS", "45385")`
 * is "Colonoscopy with polyp removal". `type` is a code type as written in a hospital file (CPT,
 * HCPCS, MS-DRG, case and separators ignored).
 */
// `string & {}` keeps editor completion for the known names while accepting any file's label.
export function shoppableForCode(type: "CPT" | "HCPCS" | "MS-DRG" | (string & {}), code: string): ShoppableService | undefined {
  const key = codeKey(type, code);
  return key === null ? undefined : byCode.get(key);
}

/** The services of one CMS category, in CMS's order. */
export function shoppableInCategory(category: ShoppableCategoryId): ShoppableService[] {
  return SHOPPABLE_SERVICES.filter((s) => s.category === category);
}

/**
 * Services whose name, keywords or billing codes match a plain-language query, best first; at
 * most `limit` of them (default DEFAULT_MATCH_LIMIT). Both languages are searched, the visitor's
 * ranking first. See ./match.ts for the rules.
 */
export function matchShoppable(
  text: string,
  locale: Locale,
  options: { limit?: number; complete?: boolean } = {},
): ShoppableService[] {
  // Untyped callers (a query string) may pass anything: fall back to English rather than throw.
  const known: Locale = (LOCALES as readonly string[]).includes(locale) ? locale : "en";
  return matchIndex(index, text, known, options.limit ?? DEFAULT_MATCH_LIMIT, options.complete ?? false);
}
