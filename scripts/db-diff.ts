// `npm run db:diff [-- <git-rev>]`: prints the SQL that takes a database from
// prisma/schema.prisma as it was at <git-rev> (default HEAD) to the schema in
// the working tree, with Prisma's schema engine compiled to WebAssembly (no
// native engine download; docs/adr/0002). Start a new migration folder from it,
// then add what Prisma cannot declare (extensions, row-level security) by hand.
// The engine only reads the server version from the database it is given.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { diffSchemasToSql } from "../lib/db/migrate/schema-engine";
import { configuredDatabaseUrl } from "../lib/db/url";
import { EMBEDDED_DATA_DIR } from "../lib/setup/database";

const rev = process.argv[2] ?? "HEAD";
const from = execFileSync("git", ["show", `${rev}:prisma/schema.prisma`], { encoding: "utf8" });
const to = readFileSync("prisma/schema.prisma", "utf8");

const configured = configuredDatabaseUrl("migrations");
const embedded = configured ? undefined : await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: 54320 });
try {
  process.stdout.write(await diffSchemasToSql(configured ?? embedded!.url, to, from));
} finally {
  await embedded?.stop();
}
