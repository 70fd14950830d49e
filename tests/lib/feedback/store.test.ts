// The feedback table through lib/feedback against the test database: save, the operators'
// queue (newest first, by status, in pages) and status changes.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closePool } from "@/lib/db/pool";
import { listFeedback, saveFeedback, setFeedbackStatus } from "@/lib/feedback";
import { resetDatabase, withClient } from "../../support/db";

beforeEach(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await closePool();
});

describe("saveFeedback", () => {
  it("stores a wrong-price report with every column, status new", async () => {
    const saved = await saveFeedback({
      kind: "wrong_price",
      page: "/hospitals/general?after=50",
      query: "mri",
      hospitalSlug: "general",
      service: "CPT:70551",
      shownPrice: "$1,250.00",
      message: "It is $950 — “cash”, per the hospital's list.\nSecond line.",
      contactEmail: "ana@example.org",
      locale: "es",
    });
    expect(saved.id).toBeGreaterThan(0);
    expect(saved.createdAt).toBeInstanceOf(Date);
    const rows = await withClient((c) => c.query("SELECT * FROM feedback"));
    expect(rows.rows).toEqual([
      {
        id: saved.id,
        kind: "wrong_price",
        status: "new",
        page: "/hospitals/general?after=50",
        query: "mri",
        hospital_slug: "general",
        service: "CPT:70551",
        shown_price: "$1,250.00",
        message: "It is $950 — “cash”, per the hospital's list.\nSecond line.",
        contact_email: "ana@example.org",
        locale: "es",
        created_at: saved.createdAt,
        reviewed_at: null,
      },
    ]);
  });

  it("stores absent optional fields as NULL, and quotes are data, not SQL", async () => {
    await saveFeedback({ kind: "helpful", page: "/search?q=x'); DROP TABLE feedback; --", locale: "en" });
    const { rows } = await withClient((c) => c.query("SELECT kind, page, query, hospital_slug, service, shown_price, message, contact_email FROM feedback"));
    expect(rows).toEqual([
      { kind: "helpful", page: "/search?q=x'); DROP TABLE feedback; --", query: null, hospital_slug: null, service: null, shown_price: null, message: null, contact_email: null },
    ]);
  });
});

describe("the queue", () => {
  async function seed(n: number) {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      ids.push((await saveFeedback({ kind: i % 2 ? "helpful" : "wrong_price", page: `/p/${i}`, message: `m${i}`, locale: "en" })).id);
    }
    // Same-millisecond rows must still page correctly: give half of them one timestamp.
    await withClient((c) => c.query(`UPDATE feedback SET created_at = '2026-01-01T00:00:00.000Z' WHERE id % 2 = 0`));
    return ids;
  }

  it("lists newest first, by status, in pages that neither skip nor repeat", async () => {
    await seed(7);
    const all = await listFeedback();
    expect(all.next).toBeNull();
    expect(all.items).toHaveLength(7);
    const order = all.items.map((e) => [e.createdAt.getTime(), e.id]);
    expect(order).toEqual([...order].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));

    const seen: number[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const page = await listFeedback({ limit: 2, before });
      seen.push(...page.items.map((e) => e.id));
      before = page.next;
      pages++;
    } while (before);
    expect(pages).toBe(4);
    expect(seen).toEqual(all.items.map((e) => e.id));

    const entry = all.items[0]!;
    expect(entry).toMatchObject({ status: "new", reviewedAt: null, locale: "en", query: null, contactEmail: null });
  });

  it("moves entries through the queue: reviewed and dismissed stamp reviewed_at, new clears it", async () => {
    const [first, second] = await seed(3);
    const reviewed = await setFeedbackStatus(first!, "reviewed");
    expect(reviewed).toMatchObject({ id: first, status: "reviewed" });
    expect(reviewed!.reviewedAt).toBeInstanceOf(Date);
    await setFeedbackStatus(second!, "dismissed");

    expect((await listFeedback({ status: "new" })).items.map((e) => e.id)).toHaveLength(1);
    expect((await listFeedback({ status: "reviewed" })).items.map((e) => e.id)).toEqual([first]);
    expect((await listFeedback({ status: "dismissed" })).items.map((e) => e.id)).toEqual([second]);

    const reopened = await setFeedbackStatus(first!, "new");
    expect(reopened).toMatchObject({ status: "new", reviewedAt: null });
    expect(await setFeedbackStatus(999_999, "reviewed")).toBeNull();
    expect(await setFeedbackStatus(-1, "reviewed")).toBeNull();
  });

  it("refuses unknown statuses and malformed cursors, and bounds the page size", async () => {
    await seed(3);
    await expect(setFeedbackStatus(1, "deleted" as never)).rejects.toThrow(RangeError);
    await expect(listFeedback({ status: "open" as never })).rejects.toThrow(RangeError);
    for (const before of ["x", "1.2.3", "1;DROP", "123.99999999999"]) await expect(listFeedback({ before })).rejects.toThrow(RangeError);
    expect((await listFeedback({ limit: 0 })).items).toHaveLength(1);
    expect((await listFeedback({ limit: 10_000 })).items).toHaveLength(3);
  });
});
