// Auth.js's Prisma adapter, with sessions that remember how they were opened (magic link, or an
// organization's OpenID provider): SSO enforcement ends the others, and keeps these.
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import type { AppPrismaClient } from "../db/client";
import type { PrismaClient } from "../db/generated/prisma/client";
import { sessionMethodOf, signInContext } from "./sign-in-context";

export function pricelineAdapter(prisma: AppPrismaClient): Adapter {
  // The adapter is typed for a client without default omissions (lib/db/client); it never
  // selects the omitted columns, so it works the same on ours.
  const base = PrismaAdapter(prisma as unknown as PrismaClient);
  return {
    ...base,
    async createSession(session: AdapterSession) {
      const method = sessionMethodOf(signInContext()?.providerId ?? null);
      const row = await prisma.session.create({
        data: { sessionToken: session.sessionToken, userId: session.userId, expires: session.expires, ...method },
        select: { sessionToken: true, userId: true, expires: true },
      });
      return row;
    },
  };
}
