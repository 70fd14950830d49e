// The `feedback` table: visitors' submissions in, the operators' queue out. Parameterized SQL
// on the app's pool (lib/db/pool).
import type pg from "pg";
import { getPool } from "@/lib/db/pool";
import type { FeedbackSubmission } from "./schema";
import { FEEDBACK_STATUSES, type FeedbackKind, type FeedbackStatus } from "./types";
import type { Locale } from "@/lib/i18n";

export interface FeedbackEntry {
  id: number;
  kind: FeedbackKind;
  status: FeedbackStatus;
  page: string;
  query: string | null;
  hospitalSlug: string | null;
  service: string | null;
  shownPrice: string | null;
  message: string | null;
  contactEmail: string | null;
  locale: string;
  createdAt: Date;
  reviewedAt: Date | null;
}

export interface FeedbackPage {
  items: FeedbackEntry[];
  /** Pass as `before` for the next (older) entries; null when there are no more. */
  next: string | null;
}

export const FEEDBACK_LIST_DEFAULT_LIMIT = 50;
export const FEEDBACK_LIST_MAX_LIMIT = 200;

type Queryable = Pick<pg.Pool, "query">;

const COLUMNS = `id, kind, status, page, query, hospital_slug, service, shown_price, message, contact_email, locale, created_at, reviewed_at`;

interface Row {
  id: number;
  kind: FeedbackKind;
  status: FeedbackStatus;
  page: string;
  query: string | null;
  hospital_slug: string | null;
  service: string | null;
  shown_price: string | null;
  message: string | null;
  contact_email: string | null;
  locale: string;
  created_at: Date;
  reviewed_at: Date | null;
}

function entry(row: Row): FeedbackEntry {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    page: row.page,
    query: row.query,
    hospitalSlug: row.hospital_slug,
    service: row.service,
    shownPrice: row.shown_price,
    message: row.message,
    contactEmail: row.contact_email,
    locale: row.locale,
    createdAt: row.created_at,
    reviewedAt: row.reviewed_at,
  };
}

/** Stores a validated submission (status `new`); returns its id and time. */
export async function saveFeedback(
  submission: FeedbackSubmission & { locale: Locale },
  db: Queryable = getPool(),
): Promise<{ id: number; createdAt: Date }> {
  const { rows } = await db.query<{ id: number; created_at: Date }>(
    `INSERT INTO feedback (kind, page, query, hospital_slug, service, shown_price, message, contact_email, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING id, created_at`,
    [
      submission.kind,
      submission.page,
      submission.query ?? null,
      submission.hospitalSlug ?? null,
      submission.service ?? null,
      submission.shownPrice ?? null,
      submission.message ?? null,
      submission.contactEmail ?? null,
      submission.locale,
    ],
  );
  const row = rows[0]!;
  return { id: row.id, createdAt: row.created_at };
}

/** A `before` cursor: the creation time in epoch milliseconds and the id of the last entry shown. */
function encodeCursor(e: FeedbackEntry): string {
  return `${e.createdAt.getTime()}.${e.id}`;
}

function decodeCursor(cursor: string): { createdAt: Date; id: number } {
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(cursor);
  const id = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(id) || id > 2_147_483_647) throw new RangeError("Invalid feedback cursor");
  return { createdAt: new Date(Number(match[1])), id };
}

export function isFeedbackStatus(value: unknown): value is FeedbackStatus {
  return typeof value === "string" && (FEEDBACK_STATUSES as readonly string[]).includes(value);
}

/**
 * The queue, newest first: entries with `status` (every status when omitted), at most `limit`
 * (default 50, at most 200), older than the `before` cursor of a previous page.
 * Throws RangeError for an unknown status or a malformed cursor.
 */
export async function listFeedback(
  options: { status?: FeedbackStatus; limit?: number; before?: string | null } = {},
  db: Queryable = getPool(),
): Promise<FeedbackPage> {
  const { status, before } = options;
  if (status !== undefined && !isFeedbackStatus(status)) throw new RangeError("Invalid feedback status");
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? FEEDBACK_LIST_DEFAULT_LIMIT), 1), FEEDBACK_LIST_MAX_LIMIT);
  const where: string[] = [];
  const params: unknown[] = [];
  if (status) {
    params.push(status);
    where.push(`status = $${params.length}`);
  }
  if (before) {
    const cursor = decodeCursor(before);
    params.push(cursor.createdAt.toISOString(), cursor.id);
    where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(limit + 1);
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM feedback
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY created_at DESC, id DESC
     LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, limit).map(entry);
  return { items, next: rows.length > limit ? encodeCursor(items.at(-1)!) : null };
}

/**
 * Moves an entry through the queue: `reviewed` or `dismissed` stamp `reviewed_at`, `new`
 * clears it. Returns the updated entry, or null when there is no such id.
 */
export async function setFeedbackStatus(
  id: number,
  status: FeedbackStatus,
  db: Queryable = getPool(),
): Promise<FeedbackEntry | null> {
  if (!isFeedbackStatus(status)) throw new RangeError("Invalid feedback status");
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const { rows } = await db.query<Row>(
    `UPDATE feedback
        SET status = $2::"FeedbackStatus",
            reviewed_at = CASE WHEN $2::"FeedbackStatus" = 'new' THEN NULL ELSE now() END
      WHERE id = $1
      RETURNING ${COLUMNS}`,
    [id, status],
  );
  return rows[0] ? entry(rows[0]) : null;
}
