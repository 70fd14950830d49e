// `npm ci` on a clean clone needs every platform's optional binaries in the lock
// (see scripts/complete-lockfile.mjs for why this machine's npm leaves them out).
import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("package-lock.json is complete enough for npm ci", () => {
  const run = spawnSync(process.execPath, ["scripts/complete-lockfile.mjs", "--check"], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});
