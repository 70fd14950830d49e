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
  invitationEmailContent,
  previewInvitation,
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

describe("the audit log", () => {
  type Row = { action: string; actor_user_id: string | null; target: string | null; ip: string | null; user_agent: string | null; metadata: Record<string, unknown> | null };
  const rowsOf = (org: string) =>
    withClient((c) => c.query<Row>("SELECT action, actor_user_id, target, host(ip) AS ip, user_agent, metadata FROM audit_log WHERE organization_id = $1 ORDER BY id", [org])).then((r) => r.rows);

  it("has a row for every change above, in the same order, with who did it to whom; refused changes leave none", async () => {
    const rows = await rowsOf(A);
    expect(rows.map((r) => r.action)).toEqual([
      "member.invited", // admin invites otto as analyst
      "member.invited", // owner invites otto as viewer
      "member.invited", // … and again as analyst (replacing the first)
      "member.joined",
      "member.role_changed",
      "member.removed",
      "organization.ownership_transferred",
      "member.left",
    ]);
    expect(rows[0]).toMatchObject({ actor_user_id: people.admin.id, target: people.outsider.email, metadata: { role: "analyst" } });
    expect(rows[3]).toMatchObject({ actor_user_id: people.outsider.id, target: `user:${people.outsider.id}`, metadata: { role: "analyst", email: people.outsider.email, invitedById: people.owner.id } });
    expect(rows[4]).toMatchObject({ actor_user_id: people.admin.id, target: `user:${people.outsider.id}`, metadata: { from: "analyst", to: "viewer" } });
    expect(rows[5]).toMatchObject({ actor_user_id: people.admin.id, target: `user:${people.outsider.id}`, metadata: { role: "viewer" } });
    expect(rows[6]).toMatchObject({ actor_user_id: people.owner.id, target: `user:${people.admin.id}`, metadata: { previousRole: "admin" } });
    expect(rows[7]).toMatchObject({ actor_user_id: people.analyst.id, target: `user:${people.analyst.id}`, metadata: { role: "analyst" } });
    expect(await rowsOf(B)).toEqual([]);
  });

  it("records withdrawn invitations and the request's origin, in the organization's scope only", async () => {
    const origin = { ip: "203.0.113.7", userAgent: "members-test" };
    const before = (await rowsOf(A)).length;
    const { invitation } = await inviteMember(A, { userId: people.admin.id }, { email: `new-${run}@example.org`, role: "viewer" }, new Date(), origin);
    await revokeInvitation(A, { userId: people.admin.id }, invitation.id, origin);
    await changeRole(A, { userId: people.owner.id }, people.viewer.id, "viewer", origin); // no change: no row
    const rows = (await rowsOf(A)).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({ action: "member.invited", target: `new-${run}@example.org`, ip: "203.0.113.7", user_agent: "members-test" }),
      expect.objectContaining({ action: "member.invitation_revoked", actor_user_id: people.admin.id, target: `new-${run}@example.org`, ip: "203.0.113.7", metadata: { invitationId: invitation.id, role: "viewer" } }),
    ]);
  });
});

describe("an invitation link", () => {
  it("previews its organization, role and address, and says when it is used or expired; other tokens are nothing", async () => {
    const { token } = await inviteMember(B, { userId: people.betaAdmin.id }, { email: `pre-${run}@example.org`, role: "analyst" });
    expect(await previewInvitation(token)).toMatchObject({ organizationId: B, organizationName: "Beta", email: `pre-${run}@example.org`, role: "analyst", state: "pending" });
    expect((await previewInvitation(token, new Date(Date.now() + 8 * 86_400_000)))?.state).toBe("expired");
    expect(await previewInvitation("forged-token")).toBeNull();
    expect(await previewInvitation("")).toBeNull();
    const invited = { id: randomUUID(), email: `pre-${run}@example.org` };
    await withClient((c) => c.query("INSERT INTO users (id, email, email_verified, updated_at) VALUES ($1, $2, now(), now())", [invited.id, invited.email]));
    await acceptInvitation(token, verified(invited));
    expect((await previewInvitation(token))?.state).toBe("used");
  });

  it("is emailed in the inviter's language with the link on the configured address", () => {
    const mail = { to: "x@example.org", token: "tok_en-1", organizationName: "Beta", inviterEmail: "bea@beta.example", role: "admin" as const };
    const en = invitationEmailContent({ ...mail, locale: "en" }, "https://priceline.example");
    expect(en.subject).toBe("You are invited to Beta on Hospital Priceline");
    expect(en.text).toContain("bea@beta.example invites you to join Beta on Hospital Priceline as Admin.");
    expect(en.text).toContain("https://priceline.example/invite/tok_en-1\n");
    const es = invitationEmailContent({ ...mail, locale: "es" }, "https://priceline.example");
    expect(es.subject).toBe("Lo invitan a Beta en Hospital Priceline");
    expect(es.html).toContain('lang="es"');
    expect(es.html).toContain('href="https://priceline.example/invite/tok_en-1"');
  });
});
