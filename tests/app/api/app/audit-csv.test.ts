// GET /api/app/audit.csv through its route handler: the session and role checked again, the
// current organization's entries only, and the export itself logged.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../../support/db";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null }, org: undefined as string | undefined }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "org" && session.org ? { value: session.org } : undefined) }),
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "198.51.100.9" }),
}));

const { GET } = await import("@/app/api/app/audit.csv/route");

const run = randomUUID().slice(0, 8);
const A = randomUUID();
const B = randomUUID();
const admin = { id: randomUUID(), email: `ada-${run}@alpha.example`, name: null };
const viewer = { id: randomUUID(), email: `vi-${run}@alpha.example`, name: null };

beforeAll(async () => {
  await withClient(async (c) => {
    for (const u of [admin, viewer]) await c.query("INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())", [u.id, u.email]);
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `alpha-${run}`, B, `beta-${run}`]);
    await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'viewer')", [A, admin.id, viewer.id]);
    await c.query("INSERT INTO audit_log (organization_id, actor_user_id, action, target) VALUES ($1, $2, 'organization.created', 'alpha-row'), ($3, NULL, 'member.invited', 'beta-row')", [A, admin.id, B]);
  });
});

afterEach(() => {
  session.user = null;
  session.org = undefined;
});
afterAll(() => closeTenantConnections());

const get = () => GET(new Request("http://localhost/api/app/audit.csv"));

describe("GET /api/app/audit.csv", () => {
  it("answers 401 without a session and 403 to a viewer, or for an organization one is not in", async () => {
    expect((await get()).status).toBe(401);
    session.user = viewer;
    session.org = A;
    const refused = await get();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "forbidden" });
  });

  it("gives an admin the current organization's entries as CSV, and logs the export", async () => {
    session.user = admin;
    session.org = B; // not a member there: the cookie falls back to the admin's own organization
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="audit-alpha-${run}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const body = await response.text();
    expect(body).toContain('"alpha-row"');
    expect(body).not.toContain("beta-row");
    const logged = await withClient((c) =>
      c.query<{ actor_user_id: string; ip: string; user_agent: string; metadata: { rows: number } }>(
        "SELECT actor_user_id, host(ip) AS ip, user_agent, metadata FROM audit_log WHERE organization_id = $1 AND action = 'audit.exported'",
        [A],
      ),
    );
    expect(logged.rows).toHaveLength(1);
    expect(logged.rows[0]).toMatchObject({ actor_user_id: admin.id, ip: "198.51.100.9", user_agent: "vitest", metadata: { rows: 1 } });
  });
});
