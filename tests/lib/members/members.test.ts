// Members, roles and invitations against PostgreSQL with row-level security: who may do what,
// tokens that work once and only for their address, and an organization that always keeps an owner.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation,
  can,
  changeRole,
  inviteMember,
  leaveOrganization,
  listInvitations,
  listMembers,
  MembersError,
  removeMember,
  revokeInvitation,
  transferOwnership,
} from "@/lib/members";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";

const run = randomUUID().slice(0, 8);
const A = randomUUID();
const B = randomUUID();
const people = {
  owner: { id: randomUUID(), email: `olivia-${run}@alpha.example` },
  admin: { id: randomUUID(), email: `adam-${run}@alpha.example` },
  analyst: { id: randomUUID(), email: `ana-${run}@alpha.example` },
  viewer: { id: randomUUID(), email: `vic-${run}@alpha.example` },
  outsider: { id: randomUUID(), email: `otto-${run}@example.org` },
  betaAdmin: { id: randomUUID(), email: `bea-${run}@beta.example` },
};
const verified = (p: { id: string; email: string }) => ({ ...p, emailVerified: new Date() });
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof MembersError ? e.code : Promise.reject(e)));

beforeAll(async () => {
  await withClient(async (c) => {
    for (const p of Object.values(people)) await c.query("INSERT INTO users (id, email, email_verified, updated_at) VALUES ($1, $2, now(), now())", [p.id, p.email]);
    await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Alpha', $2), ($3, 'Beta', $4)", [A, `alpha-${run}`, B, `beta-${run}`]);
    for (const role of ["owner", "admin", "analyst", "viewer"] as const) {
      await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)", [A, people[role].id, role]);
    }
    await c.query("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin')", [B, people.betaAdmin.id]);
  });
});

afterAll(() => closeTenantConnections());

describe("roles", () => {
  it("give admins the organization's management and analysts and viewers only the data", () => {
    expect(can("admin", "members.manage") && can("admin", "billing.manage") && can("admin", "sso.manage")).toBe(true);
    expect(can("analyst", "data.analyze") && !can("analyst", "members.manage")).toBe(true);
    expect(can("viewer", "data.view") && !can("viewer", "data.analyze")).toBe(true);
  });
});

describe("invitations", () => {
  it("are made by owners and admins, within their powers, and store only the token's hash", async () => {
    const { invitation, token } = await inviteMember(A, { userId: people.admin.id }, { email: ` OTTO-${run}@Example.org `, role: "analyst" });
    expect(invitation).toMatchObject({ email: people.outsider.email, role: "analyst" });
    expect(token).toMatch(/^[\w-]{43}$/);
    const stored = await withClient((c) => c.query<{ token_hash: string }>("SELECT token_hash FROM invitations WHERE id = $1", [invitation.id]));
    expect(stored.rows[0]!.token_hash).not.toContain(token);
    expect((await listInvitations(A)).map((i) => i.email)).toEqual([people.outsider.email]);

    expect(await codeOf(inviteMember(A, { userId: people.analyst.id }, { email: "x@example.org", role: "viewer" }))).toBe("forbidden");
    expect(await codeOf(inviteMember(A, { userId: people.admin.id }, { email: "x@example.org", role: "owner" }))).toBe("forbidden");
    expect(await codeOf(inviteMember(A, { userId: people.admin.id }, { email: "not an email", role: "viewer" }))).toBe("invalid_email");
    expect(await codeOf(inviteMember(A, { userId: people.admin.id }, { email: "x@example.org", role: "superuser" }))).toBe("invalid_role");
    expect(await codeOf(inviteMember(A, { userId: people.admin.id }, { email: people.viewer.email.toUpperCase(), role: "viewer" }))).toBe("already_member");
    // Another organization's admin has no power here, and cannot see or withdraw its invitations.
    expect(await codeOf(inviteMember(A, { userId: people.betaAdmin.id }, { email: "x@example.org", role: "viewer" }))).toBe("forbidden");
    expect(await codeOf(revokeInvitation(B, { userId: people.betaAdmin.id }, invitation.id))).toBe("invitation_invalid");
    expect(await listInvitations(B)).toEqual([]);
  });

  it("work once, for the invited address only, before they expire; a new invitation replaces the old", async () => {
    const first = await inviteMember(A, { userId: people.owner.id }, { email: people.outsider.email, role: "viewer" });
    const second = await inviteMember(A, { userId: people.owner.id }, { email: people.outsider.email, role: "analyst" });
    expect(await codeOf(acceptInvitation(first.token, verified(people.outsider)))).toBe("invitation_invalid");
    expect(await codeOf(acceptInvitation("forged-token", verified(people.outsider)))).toBe("invitation_invalid");
    expect(await codeOf(acceptInvitation(second.token, verified(people.betaAdmin)))).toBe("invitation_other_email");
    expect(await codeOf(acceptInvitation(second.token, { ...people.outsider, emailVerified: null }))).toBe("invitation_other_email");
    expect(await codeOf(acceptInvitation(second.token, verified(people.outsider), new Date(Date.now() + 8 * 86_400_000)))).toBe("invitation_expired");

    // Two tabs accepting at once: one membership, one "already used".
    const results = await Promise.all([codeOf(acceptInvitation(second.token, verified(people.outsider))), codeOf(acceptInvitation(second.token, verified(people.outsider)))]);
    expect(results.sort()).toEqual(["invitation_used", "ok"].sort());
    expect((await listMembers(A)).find((m) => m.userId === people.outsider.id)?.role).toBe("analyst");
    expect(await listInvitations(A)).toEqual([]);
  });
});

describe("membership changes", () => {
  it("let admins manage everyone but owners", async () => {
    await changeRole(A, { userId: people.admin.id }, people.outsider.id, "viewer");
    expect(await codeOf(changeRole(A, { userId: people.admin.id }, people.owner.id, "admin"))).toBe("forbidden");
    expect(await codeOf(changeRole(A, { userId: people.admin.id }, people.viewer.id, "owner"))).toBe("forbidden");
    expect(await codeOf(changeRole(A, { userId: people.analyst.id }, people.viewer.id, "analyst"))).toBe("forbidden");
    expect(await codeOf(changeRole(A, { userId: people.betaAdmin.id }, people.viewer.id, "admin"))).toBe("forbidden");
    expect(await codeOf(removeMember(A, { userId: people.analyst.id }, people.viewer.id))).toBe("forbidden");
    await removeMember(A, { userId: people.admin.id }, people.outsider.id);
    expect((await listMembers(A)).map((m) => m.userId)).not.toContain(people.outsider.id);
  });

  it("always keep an owner: the last one cannot leave, be demoted or removed, only hand over", async () => {
    expect(await codeOf(leaveOrganization(A, { userId: people.owner.id }))).toBe("last_owner");
    expect(await codeOf(changeRole(A, { userId: people.owner.id }, people.owner.id, "admin"))).toBe("last_owner");
    expect(await codeOf(transferOwnership(A, { userId: people.admin.id }, people.analyst.id))).toBe("forbidden");
    await transferOwnership(A, { userId: people.owner.id }, people.admin.id);
    const roles = Object.fromEntries((await listMembers(A)).map((m) => [m.userId, m.role]));
    expect(roles[people.admin.id]).toBe("owner");
    expect(roles[people.owner.id]).toBe("admin");
    await leaveOrganization(A, { userId: people.analyst.id });
    expect((await listMembers(A)).map((m) => m.userId)).not.toContain(people.analyst.id);
  });
});
