// Reading an organization's audit log under row-level security, and its CSV export.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActionsInUse, auditCsv, listAuditEntries, parseAuditFilter, type AuditEntry } from "@/lib/audit";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";

const run = randomUUID().slice(0, 8);
const A = randomUUID();
const B = randomUUID();
const member = { id: randomUUID(), email: `mia-${run}@alpha.example` };
const former = { id: randomUUID(), email: `fred-${run}@alpha.example` };

beforeAll(async () => {
  await withClient(async (c) => {
    for (const u of [member, former]) await c.query("INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())", [u.id, u.email]);
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `alpha-${run}`, B, `beta-${run}`]);
    await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin')", [A, member.id]);
    const add = (org: string, actor: string | null, action: string, at: string, target: string | null = null) =>
      c.query("INSERT INTO audit_log (organization_id, actor_user_id, action, target, ip, user_agent, created_at) VALUES ($1, $2, $3, $4, '192.0.2.7', 'Firefox', $5)", [org, actor, action, target, at]);
    await add(A, member.id, "organization.created", "2026-11-01T10:00:00Z");
    await add(A, member.id, "member.invited", "2026-11-02T10:00:00Z", "=HYPERLINK(\"http://evil\")");
    await add(A, former.id, "member.left", "2026-11-03T10:00:00Z");
    await add(A, null, "member.role_changed", "2026-11-04T23:59:00Z");
    await add(B, member.id, "member.invited", "2026-11-02T11:00:00Z", "beta-secret");
  });
});

afterAll(() => closeTenantConnections());

describe("listAuditEntries", () => {
  it("lists the organization's own entries newest first, naming members and not former ones", async () => {
    const { entries, nextBefore } = await listAuditEntries(A, {});
    expect(entries.map((e) => e.action)).toEqual(["member.role_changed", "member.left", "member.invited", "organization.created"]);
    expect(entries.map((e) => e.actorEmail)).toEqual([null, null, member.email, member.email]);
    expect(entries[1]!.actorUserId).toBe(former.id);
    expect(entries.some((e) => e.target === "beta-secret")).toBe(false);
    expect(nextBefore).toBeNull();
    expect(await auditActionsInUse(A)).toEqual(["member.invited", "member.left", "member.role_changed", "organization.created"]);
  });

  it("filters by event and by whole days, and pages by id", async () => {
    expect((await listAuditEntries(A, parseAuditFilter({ action: "member.invited" }))).entries).toHaveLength(1);
    const days = await listAuditEntries(A, parseAuditFilter({ from: "2026-11-02", to: "2026-11-04" }));
    expect(days.entries.map((e) => e.action)).toEqual(["member.role_changed", "member.left", "member.invited"]);
    const first = await listAuditEntries(A, {}, { limit: 3 });
    expect(first.entries).toHaveLength(3);
    const rest = await listAuditEntries(A, {}, { limit: 3, before: first.nextBefore });
    expect(rest.entries.map((e) => e.action)).toEqual(["organization.created"]);
    expect(rest.nextBefore).toBeNull();
  });

  it("ignores filters that are not dates or events", () => {
    expect(parseAuditFilter({ action: "x'; DROP TABLE", from: "yesterday", to: "2026-13-45" })).toEqual({ action: null, from: null, to: null });
  });
});

describe("auditCsv", () => {
  it("quotes every cell and defuses spreadsheet formulas", () => {
    const entry: AuditEntry = {
      id: "1",
      at: new Date("2026-11-02T10:00:00Z"),
      action: "member.invited",
      actorUserId: member.id,
      actorEmail: member.email,
      target: '=HYPERLINK("http://evil")',
      ip: "192.0.2.7",
      userAgent: "Firefox",
      metadata: { role: "viewer" },
    };
    const [header, row] = auditCsv([entry]).trimEnd().split("\r\n");
    expect(header).toBe("time,action,actor_user_id,actor_email,target,ip,user_agent,details");
    expect(row).toBe(`"2026-11-02T10:00:00.000Z","member.invited","${member.id}","${member.email}","'=HYPERLINK(""http://evil"")","192.0.2.7","Firefox","{""role"":""viewer""}"`);
  });
});
