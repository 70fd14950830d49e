// The words of a description as full-text search lexemes, computed here rather
// than by PostgreSQL's to_tsvector: its parser and dictionaries cost about 7 µs
// per description inside the COPY of a file, more than the rest of an item's
// load together (docs/adr/0006). The loader stores `tsvectorLiteral(lexemes(d))`
// in items.search; searches stem their words with the same function and query
// with to_tsquery('simple', …), so both sides agree by construction.
import { stemmer } from "stemmer";

/** Words that carry no meaning in a price description. Kept short: "with" and "without" matter. */
const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "for", "to", "in", "on", "or", "by", "at", "as", "is"]);

/** Longest word indexed; longer runs are codes or garbage, and PostgreSQL caps lexemes at 2 KB. */
const MAX_WORD = 60;
/** Lexemes per description at most (tsvector has a 1 MB limit; descriptions are not essays). */
const MAX_LEXEMES = 64;
/** Stems of words seen, bounded: descriptions share a small vocabulary. */
const CACHE_LIMIT = 200_000;

const WORD = /[\p{L}\p{N}]+/gu;
const stems = new Map<string, string>();

/** The stem of one lower-cased word (Porter), cached. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Digits and mixed codes ("70551", "j1100") are kept as written.
    s = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (stems.size >= CACHE_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Distinct search lexemes of a text, in order of first appearance. */
export function lexemes(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length > MAX_WORD || STOP_WORDS.has(word)) continue;
    const s = stem(word);
    if (!out.includes(s)) {
      out.push(s);
      if (out.length >= MAX_LEXEMES) break;
    }
  }
  return out;
}

/**
 * The tsvector input text of lexemes: `'brain' 'mri'`. Lexemes are runs of
 * letters and digits, so there is nothing to escape inside the quotes.
 */
export function tsvectorLiteral(words: readonly string[]): string {
  let out = "";
  for (const w of words) out += out ? ` '${w}'` : `'${w}'`;
  return out;
}
