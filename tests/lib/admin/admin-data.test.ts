// The operator area's data (lib/admin): users with their organizations, two-factor and last
// sign-in, searched and paged; ingestion runs newest first with their reports and quarantined
// rows; the feedback queue's filter and status changes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeFeedbackStatus, feedbackQueue, getRun, listRuns, listUsers, parsePage, parseRunCursor, parseStatusFilter, reasonTexts } from "@/lib/admin";
import { disconnectPrisma } from "@/lib/db/client";
import { closePool } from "@/lib/db/pool";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";

const run = randomUUID().slice(0, 8);
const org = randomUUID();
const alice = randomUUID();
const bob = randomUUID();
const signedInAt = new Date("2026-11-30T10:00:00Z");
const runIds: number[] = [];
const feedbackIds: number[] = [];
let hospitalId = 0;

beforeAll(async () => {
  await withClient(async (c) => {
    await c.query(`INSERT INTO users (id, email, is_platform_operator, totp_enabled_at, updated_at) VALUES ($1, $2, true, now(), now()), ($3, $4, false, NULL, now())`, [
      alice,
      `alice-${run}@admin.example`,
      bob,
      `bob-${run}@admin.example`,
    ]);
    await c.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)`, [org, `Admin Org ${run}`, `admin-org-${run}`]);
    await c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin')`, [org, alice]);
    await c.query(`INSERT INTO audit_log (actor_user_id, action, created_at) VALUES ($1, 'auth.sign_in', $2)`, [alice, signedInAt]);
    hospitalId = (
      await c.query(`INSERT INTO hospitals (slug, name, updated_at) VALUES ($1, 'Runs Test Hospital', now()) RETURNING id`, [`runs-${run}`])
    ).rows[0].id;
    const file = await c.query(
      `INSERT INTO mrf_files (hospital_id, source, file_name, cms_version, format, content_hash, byte_size, last_updated_on, status)
       VALUES ($1, 'test', 'runs.csv', '3.0.0', 'csv_tall', $2, 10, '2026-11-01', 'succeeded') RETURNING id`,
      [hospitalId, randomUUID().replace(/-/g, "").padEnd(64, "0")],
    );
    const mrfFileId: number = file.rows[0].id;
    {
      await c.query(`INSERT INTO quarantined_rows (hospital_id, mrf_file_id, row, reasons, raw) VALUES ($1, $2, 7, $3, 'a,b,c')`, [
        hospitalId,
        mrfFileId,
        JSON.stringify([{ rule: "methodology.required", message: "Methodology is missing", row: 7 }]),
      ]);
    }
    const report = { errorCounts: { "methodology.required": 1 }, alertCounts: {}, errors: [{ rule: "methodology.required", message: "Methodology is missing", row: 7, column: "methodology" }], alerts: [] };
    for (const [i, status] of (["succeeded", "failed", "skipped"] as const).entries()) {
      const { rows } = await c.query(
        `INSERT INTO ingestion_runs (source, file_name, status, mode, hospital_id, mrf_file_id, bytes, rows_read, rows_loaded, rows_quarantined, error_count, alert_count, report, message, started_at, finished_at, duration_ms)
         VALUES ('test', $1, $2, 'lenient', $3, $4, 10, 5, 4, 1, 1, 0, $5, $6, $7, $7, 12) RETURNING id`,
        [`run-${run}-${i}.csv`, status, hospitalId, status === "succeeded" ? mrfFileId : null, i === 0 ? JSON.stringify(report) : null, status === "failed" ? "broken header" : null, new Date(Date.UTC(2099, 0, 1, 0, 0, i))],
      );
      runIds.push(rows[0].id);
    }
    for (const status of ["new", "reviewed"]) {
      const { rows } = await c.query(`INSERT INTO feedback (kind, status, page, message, locale) VALUES ('helpful', $1, '/', $2, 'en') RETURNING id`, [status, `admin-${run}`]);
      feedbackIds.push(rows[0].id);
    }
  });
});

afterAll(async () => {
  await withClient(async (c) => {
    await c.query(`DELETE FROM ingestion_runs WHERE id = ANY($1)`, [runIds]);
    await c.query(`DELETE FROM feedback WHERE id = ANY($1)`, [feedbackIds]);
    await c.query(`DELETE FROM hospitals WHERE id = $1`, [hospitalId]);
    await c.query(`DELETE FROM organizations WHERE id = $1`, [org]);
  });
  await closeTenantConnections();
  await disconnectPrisma();
  await closePool();
});

describe("listUsers", () => {
  it("finds users by part of their email, with organizations, roles, operator flag, two-factor and last sign-in", async () => {
    const page = await listUsers({ query: `  ${run}@ADMIN ` });
    expect(page.total).toBe(2);
    expect(page.users.map((u) => u.email)).toEqual([`alice-${run}@admin.example`, `bob-${run}@admin.example`]);
    expect(page.users[0]).toMatchObject({
      isPlatformOperator: true,
      twoFactorEnabled: true,
      organizations: [{ id: org, role: "admin", slug: `admin-org-${run}` }],
      lastSignInAt: signedInAt,
    });
    expect(page.users[1]).toMatchObject({ isPlatformOperator: false, twoFactorEnabled: false, organizations: [], lastSignInAt: null });
  });

  it("lists an organization's members", async () => {
    const page = await listUsers({ organization: `admin-org-${run}` });
    expect(page.users.map((u) => u.id)).toEqual([alice]);
  });

  it("pages", async () => {
    const first = await listUsers({ query: run, pageSize: 1 });
    expect(first).toMatchObject({ page: 1, total: 2, hasNext: true });
    const second = await listUsers({ query: run, pageSize: 1, page: 2 });
    expect(second.users.map((u) => u.email)).toEqual([`bob-${run}@admin.example`]);
    expect(second.hasNext).toBe(false);
    expect(parsePage("3")).toBe(3);
    expect(parsePage("0")).toBe(1);
    expect(parsePage("-2")).toBe(1);
    expect(parsePage(undefined)).toBe(1);
  });
});

describe("ingestion runs", () => {
  it("lists runs newest first, a page at a time", async () => {
    const first = await listRuns({ limit: 2 });
    expect(first.runs.map((r) => r.id)).toEqual([runIds[2], runIds[1]]);
    expect(first.runs[1]).toMatchObject({ status: "failed", message: "broken header", hospital: { slug: `runs-${run}` }, durationMs: 12 });
    expect(first.next).not.toBeNull();
    const second = await listRuns({ limit: 2, before: first.next });
    expect(second.runs[0]!.id).toBe(runIds[0]);
    expect(parseRunCursor("nope")).toBeNull();
    expect((await listRuns({ before: "nope", limit: 1 })).runs[0]!.id).toBe(runIds[2]);
  });

  it("shows a run's full report and the rows it set aside", async () => {
    const detail = await getRun(runIds[0]!);
    expect(detail?.report).toEqual({
      errorCounts: { "methodology.required": 1 },
      alertCounts: {},
      errors: [{ rule: "methodology.required", message: "Methodology is missing", row: 7, column: "methodology" }],
      alerts: [],
    });
    expect(detail?.quarantined).toEqual([{ row: 7, reasons: ["methodology.required: Methodology is missing"], raw: "a,b,c", truncated: false }]);
    expect((await getRun(runIds[1]!))?.report).toBeNull();
    expect(await getRun(2_000_000_000)).toBeNull();
    expect(await getRun(-1)).toBeNull();
    expect(reasonTexts(["plain", { rule: "r", message: "m" }])).toEqual(["plain", "r: m"]);
  });
});

describe("feedback queue", () => {
  it("filters by status and changes an entry's status", async () => {
    expect(parseStatusFilter("reviewed")).toBe("reviewed");
    expect(parseStatusFilter("bogus")).toBeUndefined();
    const fresh = await feedbackQueue({ status: "new" });
    expect(fresh.items.map((i) => i.id)).toContain(feedbackIds[0]);
    expect(fresh.items.map((i) => i.id)).not.toContain(feedbackIds[1]);
    const changed = await changeFeedbackStatus(String(feedbackIds[0]), "dismissed");
    expect(changed).toMatchObject({ status: "dismissed" });
    expect(changed?.reviewedAt).toBeInstanceOf(Date);
    expect(await changeFeedbackStatus(String(feedbackIds[0]), "closed")).toBeNull();
    expect(await changeFeedbackStatus("1; DROP TABLE feedback", "new")).toBeNull();
    expect((await feedbackQueue({ status: "dismissed", before: "garbage" })).items.map((i) => i.id)).toContain(feedbackIds[0]);
  });
});
