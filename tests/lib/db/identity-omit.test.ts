// The owner's Prisma client leaves a user's sealed TOTP seed and last TOTP step out of every read
// that does not name them: the Auth.js adapter's user (which becomes the session object Auth.js
// serializes) carries neither the seed nor a BigInt, while code that selects them still gets them.
import { randomUUID } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { withClient } from "../../support/db";

afterAll(disconnectPrisma);

describe("identity columns omitted by default", () => {
  it("keeps the TOTP seed and step out of the adapter's session user, and JSON-serializable", async () => {
    const id = randomUUID();
    const token = `omit-${id}`;
    await withClient(async (c) => {
      await c.query(`INSERT INTO users (id, email, totp_secret_encrypted, totp_enabled_at, totp_last_step, updated_at) VALUES ($1, $2, 'v1:dev:x:y', now(), 58000000, now())`, [
        id,
        `omit-${id}@example.org`,
      ]);
      await c.query(`INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 hour', now())`, [token, id]);
    });
    const adapter = PrismaAdapter(getPrisma() as unknown as Parameters<typeof PrismaAdapter>[0]);
    const found = await adapter.getSessionAndUser!(token);
    expect(found?.user.id).toBe(id);
    expect(found?.user).not.toHaveProperty("totpSecretEncrypted");
    expect(found?.user).not.toHaveProperty("totpLastStep");
    expect(() => JSON.stringify(found)).not.toThrow();
    expect(await getPrisma().user.findUnique({ where: { id }, select: { totpSecretEncrypted: true, totpLastStep: true } })).toEqual({
      totpSecretEncrypted: "v1:dev:x:y",
      totpLastStep: 58000000n,
    });
  });
});
