// Generates the Prisma client without the native schema engine: `prisma generate`
// only checks that an engine file exists, so point it at a harmless placeholder
// when none is configured (these machines cannot download the real one).
//
// `--if-installed` (npm's postinstall) does nothing when the Prisma CLI, a dev
// dependency, is absent: `npm ci --omit=dev` must still install.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

if (process.argv.includes("--if-installed") && !existsSync(path.resolve("node_modules/prisma/package.json"))) {
  console.log("Prisma CLI not installed (production install): the client is not generated.");
  process.exit(0);
}

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.resolve(".data/prisma-schema-engine-placeholder");
  if (!existsSync(placeholder)) {
    mkdirSync(path.dirname(placeholder), { recursive: true });
    writeFileSync(placeholder, "#!/bin/sh\necho 'native schema engine not installed; use npm run db:migrate' >&2\nexit 1\n", { mode: 0o755 });
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const result = spawnSync("npx", ["prisma", "generate"], { stdio: ["ignore", "pipe", "inherit"], env });
if (result.status !== 0) {
  process.stdout.write(result.stdout);
  process.exit(result.status ?? 1);
}
