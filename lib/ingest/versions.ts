// A hospital's files are versions: after loading one, record what changed
// against the version before it (added, removed and re-priced charge rows).
import type pg from "pg";
import { payerChargeRows, payerPlanJoin } from "../db/charges-sql";

export interface ChangeCounts {
  previousFileId: number | null;
  added: number;
  removed: number;
  repriced: number;
}

/**
 * One comparable row per item, setting, payer and plan of a file. Duplicates in
 * a file (the same item listed twice) collapse to one, priced by their maximum.
 */
const FILE_ROWS = (param: string) => `
  SELECT i.item_key, min(i.description) AS description, sc.setting,
         coalesce(pp.payer_name, '') AS payer, coalesce(pp.plan_name, '') AS plan,
         max(pc.negotiated_dollar) AS dollar, max(pc.negotiated_percentage) AS pct,
         max(sc.gross) AS gross, max(sc.discounted_cash) AS cash
    FROM items i
    JOIN standard_charges sc ON sc.hospital_id = i.hospital_id AND sc.item_id = i.id
    LEFT JOIN LATERAL ${payerChargeRows("sc")} ON true
    ${payerPlanJoin("sc")}
   WHERE i.hospital_id = $1 AND i.mrf_file_id = ${param}
   GROUP BY i.item_key, sc.setting, coalesce(pp.payer_name, ''), coalesce(pp.plan_name, '')`;

export async function recordChanges(
  client: pg.ClientBase,
  hospitalId: number,
  mrfFileId: number,
  lastUpdatedOn: string,
): Promise<ChangeCounts> {
  const previous = await client.query<{ id: number }>(
    `SELECT id FROM mrf_files
      WHERE hospital_id = $1 AND status = 'succeeded' AND id <> $2 AND last_updated_on <= $3
      ORDER BY last_updated_on DESC, id DESC LIMIT 1`,
    [hospitalId, mrfFileId, lastUpdatedOn],
  );
  const previousFileId = previous.rows[0]?.id ?? null;
  if (previousFileId === null) return { previousFileId, added: 0, removed: 0, repriced: 0 };

  // The amount shown for a change: the payer's dollar rate, else the cash price, else gross.
  const { rows } = await client.query<{ kind: string; n: string }>(
    `WITH cur AS (${FILE_ROWS("$2")}), prev AS (${FILE_ROWS("$3")}),
     diff AS (
       SELECT CASE WHEN prev.item_key IS NULL THEN 'added'
                   WHEN cur.item_key IS NULL THEN 'removed'
                   ELSE 'repriced' END::"ChangeKind" AS kind,
              coalesce(cur.item_key, prev.item_key) AS item_key,
              coalesce(cur.description, prev.description) AS description,
              coalesce(cur.setting, prev.setting) AS setting,
              nullif(coalesce(cur.payer, prev.payer), '') AS payer,
              nullif(coalesce(cur.plan, prev.plan), '') AS plan,
              coalesce(prev.dollar, prev.cash, prev.gross) AS old_amount,
              coalesce(cur.dollar, cur.cash, cur.gross) AS new_amount
         FROM cur FULL JOIN prev
           ON prev.item_key = cur.item_key AND prev.setting = cur.setting
          AND prev.payer = cur.payer AND prev.plan = cur.plan
        WHERE prev.item_key IS NULL OR cur.item_key IS NULL
           OR (cur.dollar, cur.pct, cur.gross, cur.cash) IS DISTINCT FROM (prev.dollar, prev.pct, prev.gross, prev.cash)
     ),
     saved AS (
       INSERT INTO charge_changes (hospital_id, mrf_file_id, kind, item_key, description, setting, payer_name, plan_name, old_amount, new_amount)
       SELECT $1, $2, kind, item_key, description, setting, payer, plan, old_amount, new_amount FROM diff
       RETURNING kind
     )
     SELECT kind::text, count(*)::text AS n FROM saved GROUP BY kind`,
    [hospitalId, mrfFileId, previousFileId],
  );
  const count = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  const counts = { previousFileId, added: count("added"), removed: count("removed"), repriced: count("repriced") };
  await client.query(
    `UPDATE mrf_files SET previous_file_id = $2, added_count = $3, removed_count = $4, repriced_count = $5 WHERE id = $1`,
    [mrfFileId, previousFileId, counts.added, counts.removed, counts.repriced],
  );
  return counts;
}
