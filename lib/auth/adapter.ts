// Auth.js's Prisma adapter, with sessions that remember how they were opened (magic link, or an
// organization's OpenID provider): SSO enforcement ends the others, and keeps these.
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import type { PrismaClient } from "../db/generated/prisma/client";
import { sessionMethodOf, signInContext } from "./sign-in-context";

export function pricelineAdapter(prisma: PrismaClient): Adapter {
  const base = PrismaAdapter(prisma);
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
