// The items a search matches, within its scope: one full-text query over
// items.search, which holds each item's stemmed description words and its
// "#CODE" lexemes (lib/search/lexemes.ts), so codes, words and a shoppable
// service's codes are all one kind of query.
//
// At most MAX_CANDIDATES matches are read, the first ones in the table's order,
// and only those are ranked: reading every match to rank them all costs a heap
// visit per match, about 2 µs each, and a revenue code or a common word matches
// tens of thousands of items nationally (docs/adr/0016).
import type pg from "pg";
import { LATEST_FILES_CTE } from "./db";
import { compareIds } from "./order";
import type { Scope } from "./scope";
import type { MatchKind } from "./types";

/**
 * Matching items considered at most, by how the search matched; totals above it are reported
 * as lower bounds. A code or a shoppable service names a few services, and its bound is how
 * many hospitals' items of them are counted (2,000 is about four per hospital nationally);
 * words match many services, of which twenty are shown, and their bound only sizes the
 * sample those twenty are chosen from.
 */
export const MAX_CANDIDATES: Record<MatchKind, number> = { code: 2_000, service: 2_000, description: 1_000 };

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
}

/**
 * Items in scope whose search vector matches `tsquery` (tsquery input syntax), at most
 * `limit`, best ranked first (then by hospital and item id). `ranked`: rank by full-text
 * relevance; a code search's matches all rank alike, so it skips ranking (rank 0).
 */
export async function findCandidates(client: pg.ClientBase, tsquery: string, scope: Scope, limit: number, ranked: boolean): Promise<Candidate[]> {
  if (scope.fileIds?.length === 0) return [];
  // Every hospital: the current files are found here, and the file condition is kept out of
  // the index ("+ 0"): as an index condition it would lead the planner to walk
  // items_mrf_file_id_idx over the whole table. With a filter the file list is short, and
  // the planner may use that index with the full-text one.
  const everyHospital = scope.fileIds === null;
  const { rows } = await client.query<CandidateRow>(
    // Codes as JSON: node-postgres parses it natively, its array parser is several times slower.
    // The matches are sorted here rather than by the database, which would sort whole rows.
    `${everyHospital ? `WITH ${LATEST_FILES_CTE}` : ""}
     SELECT i.hospital_id, i.id::text AS item_id, i.mrf_file_id AS file_id, i.description,
            to_json(i.codes) AS codes, to_json(i.code_types) AS code_types,
            ${ranked ? "ts_rank(i.search, $1::tsquery)" : "0::real"} AS rank
     FROM items i
     WHERE i.search @@ $1::tsquery AND ${everyHospital ? "(i.mrf_file_id + 0) IN (SELECT id FROM latest)" : "i.mrf_file_id = ANY($3::int[])"}
     LIMIT $2`,
    everyHospital ? [tsquery, limit] : [tsquery, limit, scope.fileIds],
  );
  const candidates = rows.map((r) => ({
    hospitalId: r.hospital_id,
    itemId: r.item_id,
    fileId: r.file_id,
    description: r.description,
    codes: r.codes ?? [],
    codeTypes: r.code_types ?? [],
    rank: r.rank,
    miles: scope.miles.get(r.hospital_id) ?? null,
  }));
  return candidates.sort((a, b) => b.rank - a.rank || a.hospitalId - b.hospitalId || compareIds(a.itemId, b.itemId));
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
