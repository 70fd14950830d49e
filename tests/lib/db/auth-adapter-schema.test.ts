// The identity tables fit the Auth.js Prisma adapter (the one next-auth v5
// uses): every adapter method the sign-in flows need runs against the real
// schema, through the owner's Prisma client as the adapter will.
import { randomUUID } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "../../../lib/db/client";
import { withClient } from "../../support/db";

afterAll(async () => {
  await disconnectPrisma();
});

// The adapter is typed against the default `@prisma/client`; ours is generated
// into lib/db/generated with the same delegates.
const adapter = () => PrismaAdapter(getPrisma() as unknown as Parameters<typeof PrismaAdapter>[0]);

describe("the Auth.js Prisma adapter on this schema", () => {
  it("creates, finds, updates and deletes users, accounts, sessions and verification tokens", async () => {
    const a = adapter();
    const email = `person-${randomUUID()}@example.org`;
    const user = await a.createUser!({ id: "ignored-by-the-adapter", email, emailVerified: null, name: "Person" });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await a.getUser!(user.id)).toMatchObject({ email, name: "Person" });
    expect(await a.getUserByEmail!(email)).toMatchObject({ id: user.id });
    const verified = new Date("2026-12-01T10:00:00Z");
    expect(await a.updateUser!({ id: user.id, emailVerified: verified })).toMatchObject({ emailVerified: verified });

    const account = {
      userId: user.id,
      type: "oidc" as const,
      provider: "okta-acme",
      providerAccountId: `sub-${randomUUID()}`,
      access_token: "at",
      refresh_token: "rt",
      id_token: "idt",
      expires_at: 1_900_000_000,
      token_type: "bearer" as const,
      scope: "openid email",
      session_state: "s",
    };
    await a.linkAccount!(account);
    const byAccount = { provider: account.provider, providerAccountId: account.providerAccountId };
    expect(await a.getUserByAccount!(byAccount)).toMatchObject({ id: user.id });
    expect(await a.getAccount!(account.providerAccountId, account.provider)).toMatchObject({ userId: user.id, scope: "openid email" });

    const sessionToken = randomUUID();
    const expires = new Date(Date.now() + 3_600_000);
    await a.createSession!({ sessionToken, userId: user.id, expires });
    expect(await a.getSessionAndUser!(sessionToken)).toMatchObject({ session: { sessionToken, userId: user.id }, user: { id: user.id } });
    const later = new Date(expires.getTime() + 60_000);
    expect(await a.updateSession!({ sessionToken, expires: later })).toMatchObject({ expires: later });
    await a.deleteSession!(sessionToken);
    expect(await a.getSessionAndUser!(sessionToken)).toBeNull();

    // Magic-link tokens are single use.
    const token = { identifier: email, token: randomUUID(), expires };
    expect(await a.createVerificationToken!(token)).toEqual(token);
    expect(await a.useVerificationToken!({ identifier: email, token: token.token })).toEqual(token);
    expect(await a.useVerificationToken!({ identifier: email, token: token.token })).toBeNull();

    await a.createSession!({ sessionToken: randomUUID(), userId: user.id, expires });
    await a.unlinkAccount!(byAccount);
    expect(await a.getUserByAccount!(byAccount)).toBeNull();
    await a.linkAccount!(account);

    // Deleting a user ends their sessions and unlinks their accounts.
    await a.deleteUser!(user.id);
    expect(await a.getUser!(user.id)).toBeNull();
    const left = await withClient((c) =>
      c.query(`SELECT (SELECT count(*)::int FROM accounts WHERE user_id = $1) + (SELECT count(*)::int FROM sessions WHERE user_id = $1) AS n`, [
        user.id,
      ]),
    );
    expect(left.rows[0].n).toBe(0);
  });

  it("refuses a second user with the same email", async () => {
    const a = adapter();
    const email = `twice-${randomUUID()}@example.org`;
    await a.createUser!({ id: "", email, emailVerified: null });
    await expect(a.createUser!({ id: "", email, emailVerified: null })).rejects.toMatchObject({ code: "P2002" });
  });
});
