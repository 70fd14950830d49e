// The words of a description as full-text search lexemes, computed here rather
// than by PostgreSQL's to_tsvector: its parser and dictionaries cost about 7 µs
// per description inside the COPY of a file, more than the rest of an item's
// load together (docs/adr/0006). The loader stores `tsvectorLiteral(...)` in
// items.search; searches stem their words with the same function and query the
// same lexemes, so both sides agree by construction.
//
// The item's billing codes go in the same vector as `#CODE` lexemes, so one GIN
// index serves word and code searches ("#" cannot occur in a word lexeme).
import { stemmer } from "stemmer";

/** Words that carry no meaning in a price description. Kept short: "with" and "without" matter. */
const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "for", "to", "in", "on", "or", "by", "at", "as", "is"]);

/** Longest word indexed; longer runs are codes or garbage, and PostgreSQL caps lexemes at 2 KB. */
const MAX_WORD = 60;
/** Lexemes per description at most (tsvector has a 1 MB limit; descriptions are not essays). */
const MAX_LEXEMES = 64;
/** Longest code indexed. */
const MAX_CODE = 100;
/** Stems of words seen, bounded: descriptions share a small vocabulary. */
const CACHE_LIMIT = 200_000;

const stems = new Map<string, string>();

/** True for a lower-cased word of the letters a–z only: the words stemming changes. */
const PLAIN_WORD = /^[a-z]+$/;

/** The stem of one lower-cased word (Porter), cached. */
export function stem(word: string): string {
  // Digits and mixed codes ("70551", "j1100") are kept as written, and not
  // cached: files number their descriptions ("… 12345", NDCs, lot numbers), and
  // a cache of tokens seen once only churns memory and the collector.
  if (!PLAIN_WORD.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stems.size >= CACHE_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** True for the characters words are made of: letters and digits (any script). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** Words kept in the search vocabulary (search_words): letters only, 3 to 40 of them. */
const VOCABULARY_WORD = /^[a-z]{3,40}$/;

/**
 * Distinct search lexemes of a text, in order of first appearance. `vocabulary`,
 * when given, receives the text's words as written (lower-cased, unstemmed), for
 * the search_words table that spelling suggestions come from.
 */
export function lexemes(text: string, vocabulary?: Set<string>): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n && out.length < MAX_LEXEMES) {
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    if (i === start) break;
    if (i - start > MAX_WORD) continue;
    const word = lower.slice(start, i);
    if (STOP_WORDS.has(word)) continue;
    if (vocabulary !== undefined && VOCABULARY_WORD.test(word)) vocabulary.add(word);
    const s = stem(word);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** What the loader needs of a description word: its quoted lexeme (null for a stop word), and whether search_words keeps it. */
interface WordEntry {
  quoted: string | null;
  vocabulary: boolean;
}

/** Entries of plain words seen, bounded like the stem cache. */
const words = new Map<string, WordEntry>();

/** `plain`: the word has the letters a–z only. Others are themselves, never vocabulary words, and not cached (see stem). */
function wordEntry(word: string, plain: boolean): WordEntry {
  if (!plain) return { quoted: `'${word}'`, vocabulary: false };
  let e = words.get(word);
  if (e === undefined) {
    e = STOP_WORDS.has(word) ? { quoted: null, vocabulary: false } : { quoted: `'${stem(word)}'`, vocabulary: VOCABULARY_WORD.test(word) };
    if (words.size >= CACHE_LIMIT) words.clear();
    words.set(word, e);
  }
  return e;
}

/**
 * `tsvectorLiteral(lexemes(text, vocabulary), codes)`, computed in one pass:
 * the loader calls it for every item, and one cached lookup per word replaces
 * the stop-word lookup, the vocabulary regex and the stem lookup, and the
 * intermediate array (tests/lib/search/lexemes.test.ts holds them equal).
 */
export function searchVectorLiteral(text: string, codes: readonly { code: string }[], vocabulary?: Set<string>): string {
  const seen: string[] = [];
  let out = "";
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n && seen.length < MAX_LEXEMES) {
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const start = i;
    let plain = true;
    while (i < n) {
      const ch = lower.charCodeAt(i);
      if (!isWordChar(ch)) break;
      if (ch < 97 || ch > 122) plain = false;
      i++;
    }
    if (i === start) break;
    if (i - start > MAX_WORD) continue;
    const word = lower.slice(start, i);
    const e = wordEntry(word, plain);
    if (e.quoted === null) continue;
    if (vocabulary !== undefined && e.vocabulary) vocabulary.add(word);
    if (seen.includes(e.quoted)) continue;
    seen.push(e.quoted);
    out += out ? ` ${e.quoted}` : e.quoted;
  }
  for (const c of codes) {
    if (c.code.length > MAX_CODE) continue;
    const q = quoteLexeme(codeLexeme(c.code));
    out += out ? ` ${q}` : q;
  }
  return out;
}

/** The lexeme a billing code is indexed as (upper-cased, as items.codes holds it). */
export function codeLexeme(code: string): string {
  return `#${code.toUpperCase()}`;
}

/** A lexeme in tsvector/tsquery input syntax: single-quoted, quotes and backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return /['\\]/.test(lexeme) ? `'${lexeme.replace(/['\\]/g, "\\$&")}'` : `'${lexeme}'`;
}

/** The tsvector input text of word lexemes and an item's codes: `'brain' 'mri' '#70551'`. */
export function tsvectorLiteral(words: readonly string[], codes: readonly { code: string }[] = []): string {
  let out = "";
  for (const w of words) out += out ? ` '${w}'` : `'${w}'`;
  for (const c of codes) {
    if (c.code.length > MAX_CODE) continue;
    const q = quoteLexeme(codeLexeme(c.code));
    out += out ? ` ${q}` : q;
  }
  return out;
}
