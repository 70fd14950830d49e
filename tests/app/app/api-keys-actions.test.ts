// /app/api-keys through its page and server actions: a viewer is refused, an admin creates a key
// (the secret comes back once and is not on the page afterwards), and revokes it after the
// confirmation step; the key then fails authentication.
import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticateApiKey } from "@/lib/apikeys";
import { APP_HOME } from "@/lib/auth/guard";
import { disconnectPrisma } from "@/lib/db/client";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { navigationMock, outcome } from "../../support/session-mocks";

const state = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null }, org: undefined as string | undefined }));
vi.mock("next/navigation", () => navigationMock());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "198.51.100.61" }),
  cookies: async () => ({ get: (name: string) => (name === "org" && state.org ? { value: state.org } : undefined) }),
}));
vi.mock("@/lib/auth", () => ({ APP_HOME, requireUser: async () => state.user! }));

const { createApiKeyAction, revokeApiKeyAction } = await import("@/app/(app)/app/api-keys/actions");
const ApiKeysPage = (await import("@/app/(app)/app/api-keys/page")).default;

const run = randomUUID().slice(0, 8);
const org = randomUUID();
const admin = { id: randomUUID(), email: `keys-admin-${run}@example.org`, name: null };
const viewer = { id: randomUUID(), email: `keys-viewer-${run}@example.org`, name: null };

beforeAll(async () => {
  await withClient(async (c) => {
    for (const u of [admin, viewer]) await c.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [u.id, u.email]);
    await c.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)`, [org, `Keys ${run}`, `keys-${run}`]);
    await c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'viewer')`, [org, admin.id, viewer.id]);
  });
  state.org = org;
});
afterAll(async () => {
  await withClient((c) => c.query(`DELETE FROM organizations WHERE id = $1`, [org]));
  await closeTenantConnections();
  await disconnectPrisma();
});

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
};
const render = async (params: Record<string, string> = {}) => renderToStaticMarkup(await ApiKeysPage({ searchParams: Promise.resolve(params) }));

describe("/app/api-keys", () => {
  it("refuses a viewer: no list, no form, and the actions change nothing", async () => {
    state.user = viewer;
    expect(await render()).toContain(`Only owners and admins of Keys ${run} can manage its API keys.`);
    const refused = await createApiKeyAction({ status: "idle" }, form({ organization: org, name: "Sneaky", scopes: "search:read" }));
    expect(refused).toMatchObject({ status: "invalid", field: "form" });
    expect(await outcome(() => revokeApiKeyAction(form({ organization: org, key: randomUUID() })))).toBe("/app/api-keys?error=forbidden");
    const count = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM api_keys WHERE organization_id = $1`, [org])).rows[0].n);
    expect(count).toBe(0);
  });

  it("lets an admin create a key, shown once, and revoke it after confirming", async () => {
    state.user = admin;
    expect(await createApiKeyAction({ status: "idle" }, form({ organization: org, name: "  ", scopes: "search:read" }))).toMatchObject({ status: "invalid", field: "name" });
    expect(await createApiKeyAction({ status: "idle" }, form({ organization: org, name: "No scopes" }))).toMatchObject({ status: "invalid", field: "scopes" });
    expect(await createApiKeyAction({ status: "idle" }, form({ organization: org, name: "Bad", scopes: "admin:all" }))).toMatchObject({ status: "invalid", field: "scopes" });

    const created = await createApiKeyAction({ status: "idle" }, form({ organization: org, name: "Dashboard", scopes: "search:read" }));
    if (created.status !== "created") throw new Error(`not created: ${JSON.stringify(created)}`);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    expect(await authenticateApiKey(created.key)).toMatchObject({ ok: true });

    const listed = await render();
    expect(listed).toContain("Dashboard");
    expect(listed).toContain(created.prefix);
    expect(listed).toContain(admin.email);
    expect(listed).not.toContain(created.key); // the secret is never on the page again

    const { id } = await withClient(async (c) => (await c.query(`SELECT id FROM api_keys WHERE prefix = $1`, [created.prefix])).rows[0]);
    expect(await render({ revoke: id })).toContain("Revoke the key Dashboard?");
    expect(await outcome(() => revokeApiKeyAction(form({ organization: org, key: id })))).toBe("/app/api-keys?done=revoked");
    expect(await authenticateApiKey(created.key)).toMatchObject({ ok: false });
    expect(await render({ done: "revoked" })).toContain("The key is revoked.");
    expect(await outcome(() => revokeApiKeyAction(form({ organization: org, key: "not-a-uuid" })))).toBe("/app/api-keys?error=notFound");

    const audit = await withClient(async (c) => (await c.query(`SELECT action, actor_user_id FROM audit_log WHERE organization_id = $1 ORDER BY id`, [org])).rows);
    expect(audit).toEqual([
      { action: "api_key.created", actor_user_id: admin.id },
      { action: "api_key.revoked", actor_user_id: admin.id },
    ]);
  });
});
