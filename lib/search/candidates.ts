// The items a search matches, within its scope: one full-text query over
// items.search, which holds each item's stemmed description words and its
// "#CODE" lexemes (lib/search/lexemes.ts), so codes, words and a shoppable
// service's codes are all one kind of query.
import type pg from "pg";
import { scopeCtes, type ScopeFilter } from "./scope";

/** Matching items considered at most; totals above it are reported as lower bounds. */
export const MAX_CANDIDATES = 2_000;

export interface Candidate {
  hospitalId: number;
  itemId: string;
  fileId: number;
  description: string;
  /** The item's codes (upper-cased) and their types, in file order. */
  codes: string[];
  codeTypes: string[];
  /** Full-text rank of the item for the query (higher is better). */
  rank: number;
  /** Miles from the searched location (null without one). */
  miles: number | null;
}

interface CandidateRow {
  hospital_id: number;
  item_id: string;
  file_id: number;
  description: string;
  codes: string[] | null;
  code_types: string[] | null;
  rank: number;
  miles: number | null;
}

/** Items in scope whose search vector matches `tsquery` (tsquery input syntax), best ranked first. */
export async function findCandidates(client: pg.ClientBase, tsquery: string, scope: ScopeFilter): Promise<Candidate[]> {
  const params: unknown[] = [];
  const ctes = scopeCtes(scope, params);
  params.push(tsquery, MAX_CANDIDATES);
  const q = `$${params.length - 1}::tsquery`;
  const { rows } = await client.query<CandidateRow>(
    `WITH ${ctes}
     SELECT i.hospital_id, i.id::text AS item_id, i.mrf_file_id AS file_id, i.description, i.codes, i.code_types,
            ts_rank(i.search, ${q}) AS rank, s.miles
     FROM items i
     JOIN scope s ON s.hospital_id = i.hospital_id AND s.file_id = i.mrf_file_id
     WHERE i.search @@ ${q}
     ORDER BY rank DESC, i.hospital_id, i.id
     LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    hospitalId: r.hospital_id,
    itemId: r.item_id,
    fileId: r.file_id,
    description: r.description,
    codes: r.codes ?? [],
    codeTypes: r.code_types ?? [],
    rank: r.rank,
    miles: r.miles,
  }));
}

export interface Correction {
  word: string;
  usedInstead: string[];
}

/**
 * For each word the vocabulary does not know (not even as the start of a word),
 * the closest words it does know: by edit distance among words with the same
 * first letter and about the same length ("brian" → "brain"), or by trigram
 * similarity ("colonscopy" → "colonoscopy"). Words it knows are left out. Runs
 * only when a search found nothing, so its cost is off the common path.
 */
export async function suggestWords(client: pg.ClientBase, words: string[]): Promise<Correction[]> {
  if (words.length === 0) return [];
  const { rows } = await client.query<{ input: string; known: boolean; similar: string[] | null }>(
    `SELECT w.input,
            EXISTS (SELECT 1 FROM search_words s WHERE s.word LIKE replace(replace(w.input, '\\', '\\\\'), '%', '\\%') || '%') AS known,
            (SELECT array_agg(x.word ORDER BY x.d, x.sim DESC, x.word)
               FROM (SELECT c.word, levenshtein(c.word, w.input) AS d, similarity(c.word, w.input) AS sim
                       FROM (SELECT s.word FROM search_words s WHERE s.word % w.input
                             UNION
                             SELECT s.word FROM search_words s
                              WHERE s.word >= left(w.input, 1) AND s.word < chr(ascii(left(w.input, 1)) + 1)
                                AND abs(length(s.word) - length(w.input)) <= 2) c
                      WHERE c.word % w.input OR levenshtein(c.word, w.input) <= CASE WHEN length(w.input) >= 8 THEN 3 ELSE 2 END
                      ORDER BY d, sim DESC, c.word LIMIT 3) x) AS similar
     FROM unnest($1::text[]) AS w(input)`,
    [words],
  );
  return rows.filter((r) => !r.known && r.similar && r.similar.length > 0).map((r) => ({ word: r.input, usedInstead: r.similar! }));
}
