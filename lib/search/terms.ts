// Turns the search text into either a billing-code lookup or a list of description words.

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

/** Case variants to compare against item_codes.code with plain equality (keeps the btree index usable). */
export function codeVariants(text: string): string[] {
  return [...new Set([text, text.toUpperCase(), text.toLowerCase()])];
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

/** The indexed full-text form of an item's description (the expression of items_description_fts_idx). */
export const DESCRIPTION_TSVECTOR = (column: string) => `to_tsvector('english', translate(${column}, '/.', '  '))`;

/**
 * A to_tsquery('english', …) expression requiring every word: each run of letters or digits
 * is a prefix match ("colon" finds "colonoscopy"), except runs shorter than three characters
 * ("ct", "x"), which must be whole words — as prefixes they would match almost everything.
 * Returns null when no word has a letter or digit. Built from letter/digit runs only, so no
 * tsquery operator can come from the user's text.
 */
export function fullTextQuery(words: string[]): string | null {
  const terms: string[] = [];
  for (const word of words) {
    for (const run of word.match(/[\p{L}\p{N}]+/gu) ?? []) terms.push(run.length >= 3 ? `${run}:*` : run);
  }
  return terms.length ? [...new Set(terms)].join(" & ") : null;
}
