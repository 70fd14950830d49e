// Turns the search text into either a billing-code lookup or a list of description words.
import { codeTypes } from "@/lib/mrf/validate/constants";
import { codeLexeme, lexemes, quoteLexeme } from "./lexemes";

/** Words kept from a description search; more are ignored (they rarely narrow results further). */
export const MAX_WORDS = 8;

/**
 * True when the text looks like a single billing code rather than words: one token of letters,
 * digits, dots and hyphens that contains a digit, e.g. CPT 70551 / 0001U, HCPCS G0121,
 * MS-DRG 470, revenue code 0611, NDC 0409-4888-02 or 00409488802, APC 5523, HIPPS 1AA11.
 */
export function looksLikeCode(text: string): boolean {
  return /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9.-]{1,23}$/.test(text);
}

const CODE_TYPES = new Set(codeTypes(true));
/** What people type for a code type, beyond the CMS names. */
const CODE_TYPE_ALIASES: Record<string, string> = { MSDRG: "MS-DRG", APRDRG: "APR-DRG", REV: "RC", REVENUE: "RC" };

/**
 * A code of a named type: "CPT 70551", "MS-DRG: 470", "rc 0450", "drg #470". Null when the
 * first word is not a CMS code type or the second has no digit.
 */
export function typedCode(text: string): { type: string; code: string } | null {
  const m = /^([A-Za-z][A-Za-z-]{1,11})(?:\s+code)?[\s:#]+([A-Za-z0-9][A-Za-z0-9.-]{0,23})$/i.exec(text.trim());
  if (!m || !/\d/.test(m[2]!)) return null;
  const named = m[1]!.toUpperCase();
  const type = CODE_TYPE_ALIASES[named.replace(/-/g, "")] ?? named;
  return CODE_TYPES.has(type) ? { type, code: m[2]!.toUpperCase() } : null;
}

/** Whether an item's code type is the one searched for; "DRG" stands for any DRG. */
export function codeTypeMatches(type: string, wanted: string): boolean {
  return type === wanted || (wanted === "DRG" && type.endsWith("DRG"));
}

/** The forms of a code to look up in items.codes (stored upper-cased by the loader). */
export function codeVariants(text: string): string[] {
  return [text.toUpperCase()];
}

/** Distinct lower-cased words of a description search, at most MAX_WORDS, longest first. */
export function descriptionWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[\s,;:()"]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0);
  const distinct = [...new Set(words)];
  // Longest first: long words are the most selective.
  return distinct.sort((a, b) => b.length - a.length).slice(0, MAX_WORDS);
}

/**
 * Words people type one way and hospitals write another ("xray" for "X-ray", "ekg" for "ECG"):
 * each also finds its other spellings. Misspellings are corrected from the descriptions
 * themselves (lib/search/services.ts); these are spellings, not mistakes, and too short or too
 * far apart for that correction to find.
 */
const SPELLINGS: Record<string, string[]> = {
  xray: ["x-ray"],
  xrays: ["x-rays"],
  ekg: ["ecg", "electrocardiogram"],
  ecg: ["ekg", "electrocardiogram"],
  cesarean: ["caesarean", "c-section"],
  caesarean: ["cesarean", "c-section"],
};

/** A search word and its other spellings, any of which will do. */
export function wordAlternatives(word: string): string[] {
  return [word, ...(SPELLINGS[word] ?? [])];
}

/**
 * A tsquery (input syntax, cast with ::tsquery) requiring every word of the search, as the
 * lexemes items.search holds (lib/search/lexemes.ts: lower-cased, Porter-stemmed): each is a
 * prefix match ("colon" finds "colonoscopy"), except lexemes shorter than three characters ("ct",
 * "x"), which must be whole words — as prefixes they would match almost everything. Each entry
 * of `words` is one word, or the alternatives a misspelt word was corrected to (any of them
 * will do). Returns null when no word is left. Lexemes are runs of letters and digits and are
 * quoted, so no tsquery operator can come from the user's text.
 */
export function fullTextQuery(words: (string | string[])[]): string | null {
  const terms = new Set<string>();
  for (const word of words) {
    const alternatives = (Array.isArray(word) ? word : [word])
      .map((w) => lexemes(w).map((lexeme) => (lexeme.length >= 3 ? `${quoteLexeme(lexeme)}:*` : quoteLexeme(lexeme))))
      .filter((parts) => parts.length > 0)
      .map((parts) => (parts.length > 1 ? `(${parts.join(" & ")})` : parts[0]!));
    if (alternatives.length === 1) terms.add(alternatives[0]!);
    else if (alternatives.length > 1) terms.add(`(${[...new Set(alternatives)].join(" | ")})`);
  }
  return terms.size ? [...terms].join(" & ") : null;
}

/** A tsquery (input syntax) matching items that carry any of these codes. */
export function codeQuery(codes: string[]): string {
  return codes.map((c) => quoteLexeme(codeLexeme(c))).join(" | ");
}
