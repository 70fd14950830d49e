// Plain-language matching of a query against the shoppable-services catalog ("colonoscopia",
// "knee replacement", "mri brain"). Written by hand: the catalog is 70 entries of hand-written
// names and keywords, so a full-text library (or the database's full-text search, which the
// hospital-item search uses) would add weight without adding precision. The rules are small and
// deterministic:
//
// - words are lowercased, accents folded ("mamografía" = "mamografia"), split on anything that
//   is not a letter or digit, common filler words dropped ("the", "cost", "de", "precio"), and a
//   plural ending folded ("mammograms" = "mammogram", "pólipos" = "pólipo");
// - a query word matches a service when it is a prefix of one of the service's words (its name
//   or keywords, in either language) or equals one of its billing codes; one-letter words must
//   match whole;
// - only the services matching the most query words are kept (so "mri brain" does not bring
//   back every MRI), ranked by: the whole query equal to (or the start of) a name or keyword
//   phrase, then the shortest phrase it starts, then how well each word matched (whole word
//   over prefix, name over keyword, the visitor's language over the other, a billing code above
//   all), then catalog order.
import type { Locale, ShoppableService } from "./types";
import { LOCALES } from "./types";

/** Longer input is cut: a query is a few words, and the cost stays bounded. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;
export const DEFAULT_MATCH_LIMIT = 10;

const STOP_WORDS = new Set([
  // English
  "a", "about", "an", "and", "are", "at", "by", "cost", "costs", "for", "how", "i", "in", "is", "me",
  "much", "my", "near", "of", "on", "or", "per", "price", "prices", "the", "to", "what", "with",
  // Spanish (accents already folded)
  "al", "alrededor", "cerca", "con", "costo", "costos", "cuanto", "cuesta", "cuestan", "de", "del",
  "el", "en", "la", "las", "lo", "los", "mi", "o", "para", "por", "precio", "precios", "que", "se",
  "su", "un", "una", "unas", "unos", "y",
]);

/** Folds one plural ending so singular and plural meet; applied to the query and the catalog alike. */
function foldPlural(word: string): string {
  if (word.length >= 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length >= 4 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Normalized, meaningful words of a text, in order. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !STOP_WORDS.has(w))
    .map(foldPlural);
}

interface LocaleIndex {
  readonly nameWords: readonly string[];
  readonly keywordWords: readonly string[];
  /** The name and each keyword as normalized phrases ("mri brain" for "MRI of the brain"). */
  readonly phrases: readonly string[];
}

interface IndexedService {
  readonly service: ShoppableService;
  readonly order: number;
  readonly codes: ReadonlySet<string>;
  readonly byLocale: Readonly<Record<Locale, LocaleIndex>>;
}

function indexLocale(service: ShoppableService, locale: Locale): LocaleIndex {
  const name = normalizeWords(service.name[locale]);
  const keywords = service.keywords[locale].map(normalizeWords);
  return {
    nameWords: [...new Set(name)],
    keywordWords: [...new Set(keywords.flat())],
    phrases: [name, ...keywords].map((words) => words.join(" ")).filter((p) => p !== ""),
  };
}

export function buildIndex(services: readonly ShoppableService[]): readonly IndexedService[] {
  return services.map((service, order) => ({
    service,
    order,
    codes: new Set(service.codes.map((c) => c.code.toLowerCase())),
    byLocale: Object.fromEntries(LOCALES.map((l) => [l, indexLocale(service, l)])) as Record<Locale, LocaleIndex>,
  }));
}

/** 2 for a whole-word match, 1 for a prefix match, 0 for none. */
function wordMatch(token: string, words: readonly string[]): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (const w of words) {
    if (w === token) return 2;
    if (token.length >= 2 && w.startsWith(token)) best = 1;
  }
  return best;
}

const NAME_SCORE = [0, 4, 5] as const;
const KEYWORD_SCORE = [0, 3, 4] as const;
const OTHER_NAME_SCORE = [0, 2, 3] as const;
const OTHER_KEYWORD_SCORE = [0, 1, 2] as const;
const CODE_SCORE = 6;

function tokenScore(token: string, entry: IndexedService, locale: Locale, other: Locale): number {
  if (entry.codes.has(token)) return CODE_SCORE;
  const own = entry.byLocale[locale];
  const foreign = entry.byLocale[other];
  return Math.max(
    NAME_SCORE[wordMatch(token, own.nameWords)],
    KEYWORD_SCORE[wordMatch(token, own.keywordWords)],
    OTHER_NAME_SCORE[wordMatch(token, foreign.nameWords)],
    OTHER_KEYWORD_SCORE[wordMatch(token, foreign.keywordWords)],
  );
}

/**
 * How the whole query compares with the service's phrases: equal to one in the visitor's
 * language (3) or the other (2), the start of one (1), or neither (0); and, as a tie-break for a
 * query still being typed, the length of the shortest phrase it starts ("mamog" completes to
 * "mamografía" before "mamografía de diagnóstico").
 */
function phraseScore(phrase: string, entry: IndexedService, locale: Locale, other: Locale): { score: number; completion: number } {
  const own = entry.byLocale[locale].phrases;
  const foreign = entry.byLocale[other].phrases;
  const completions = [...own, ...foreign].filter((p) => p.startsWith(phrase)).map((p) => p.length);
  const completion = Math.min(Infinity, ...completions);
  if (own.includes(phrase)) return { score: 3, completion };
  if (foreign.includes(phrase)) return { score: 2, completion };
  return { score: completions.length > 0 ? 1 : 0, completion };
}

interface Scored {
  readonly entry: IndexedService;
  readonly coverage: number;
  readonly phrase: number;
  readonly completion: number;
  readonly score: number;
}

/** `complete`: only services that match every word of the text (no service for "knee pain"). */
export function matchIndex(
  index: readonly IndexedService[],
  text: string,
  locale: Locale,
  limit: number = DEFAULT_MATCH_LIMIT,
  complete = false,
): ShoppableService[] {
  const tokens = [...new Set(normalizeWords(text.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_QUERY_WORDS);
  if (tokens.length === 0 || limit <= 0) return [];
  const other: Locale = locale === "en" ? "es" : "en";
  const phrase = tokens.join(" ");

  const scored: Scored[] = [];
  for (const entry of index) {
    let coverage = 0;
    let score = 0;
    for (const token of tokens) {
      const s = tokenScore(token, entry, locale, other);
      if (s > 0) {
        coverage += 1;
        score += s;
      }
    }
    if (coverage === 0) continue;
    const { score: phraseMatch, completion } = phraseScore(phrase, entry, locale, other);
    scored.push({ entry, coverage, phrase: phraseMatch, completion, score });
  }
  const best = complete ? tokens.length : Math.max(0, ...scored.map((s) => s.coverage));
  return scored
    .filter((s) => s.coverage === best)
    .sort(
      (a, b) =>
        b.phrase - a.phrase ||
        (a.completion === b.completion ? 0 : a.completion < b.completion ? -1 : 1) ||
        b.score - a.score ||
        a.entry.order - b.entry.order,
    )
    .slice(0, limit)
    .map((s) => s.entry.service);
}
