// The Prisma client (Prisma 7, driver adapter over node-postgres).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { requireDatabaseUrl } from "./url";

const globalForPrisma = globalThis as unknown as { pricelinePrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.pricelinePrisma) {
    const adapter = new PrismaPg({ connectionString: requireDatabaseUrl("app") });
    globalForPrisma.pricelinePrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.pricelinePrisma;
}

export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.pricelinePrisma;
  globalForPrisma.pricelinePrisma = undefined;
  await client?.$disconnect();
}
