// The Prisma client (Prisma 7, driver adapter over node-postgres).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { requireDatabaseUrl } from "./url";

/**
 * Columns a query returns only when it names them (`select`): a user's sealed TOTP seed and last
 * accepted time step. Generic reads of a user — the Auth.js adapter's, whose user row becomes the
 * session object Auth.js serializes to JSON — then never carry the seed, nor a BigInt, which
 * JSON.stringify refuses (a user with two-factor on would otherwise have no readable session).
 */
export const OMITTED_BY_DEFAULT = { user: { totpSecretEncrypted: true, totpLastStep: true } } as const;

function createClient() {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl("app") });
  return new PrismaClient({ adapter, omit: OMITTED_BY_DEFAULT });
}

export type AppPrismaClient = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { pricelinePrisma?: AppPrismaClient };

export function getPrisma(): AppPrismaClient {
  if (!globalForPrisma.pricelinePrisma) globalForPrisma.pricelinePrisma = createClient();
  return globalForPrisma.pricelinePrisma;
}

export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.pricelinePrisma;
  globalForPrisma.pricelinePrisma = undefined;
  await client?.$disconnect();
}
