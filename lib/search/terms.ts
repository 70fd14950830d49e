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
  // Longest first: long words are the most selective and give the trigram index the most to work with.
  return distinct.sort((a, b) => b.length - a.length).slice(0, MAX_WORDS);
}

/** An ILIKE pattern matching `word` anywhere, with LIKE's wildcards escaped. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A case-insensitive regular expression matching `word` as a whole word. Used for words shorter
 * than three characters ("ct", "x"), which trigrams cannot index and which as substrings would
 * match almost everything ("ct" in "injection").
 */
export function wholeWordPattern(word: string): string {
  return `\\m${word.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`)}\\M`;
}
