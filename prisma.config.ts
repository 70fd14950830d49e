// Prisma CLI configuration. The connection string is resolved the same way the
// app resolves it (DATABASE_URL, else POSTGRES_URL_NON_POOLING / POSTGRES_URL).
import { defineConfig } from "prisma/config";

const url =
  process.env.DATABASE_URL ??
  process.env.POSTGRES_URL_NON_POOLING ??
  process.env.POSTGRES_URL ??
  "postgresql://localhost:5432/priceline";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url },
});
