// The production server bench:search measures: `npm start` (scripts/start.ts)
// on the sample's database, on a free port, in its own process group so that the
// whole tree (npm, tsx, Next.js) is stopped together.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync, closeSync, mkdirSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { anyFreePort } from "../../lib/db/embedded";
import { timedGet } from "./search-http";

export interface RunningServer {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}


/** Newest modification time of the given files and of the source files under the given folders. */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    if (!statSync(dir).isDirectory()) {
      newest = Math.max(newest, statSync(dir).mtimeMs);
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx|css)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/** `npm run build` when asked or when there is no build; its output goes to stderr. */
export function ensureBuild(force: boolean, log: (line: string) => void): void {
  const buildId = ".next/BUILD_ID";
  if (!force && existsSync(buildId)) {
    if (newestSource(["app", "components", "lib", "proxy.ts"].filter(existsSync)) > statSync(buildId).mtimeMs) {
      log("note: the production build is older than some sources; pass --build to rebuild it first");
    }
    return;
  }
  log(force ? "--build: npm run build …" : "no production build: npm run build …");
  const run = spawnSync("npm", ["run", "build"], { stdio: ["ignore", 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new Error(`npm run build failed (${run.signal ?? `exit ${run.status}`})`);
}

function tail(file: string, chars = 3000): string {
  try {
    return readFileSync(file, "utf8").slice(-chars);
  } catch {
    return "";
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

export async function startServer(options: { databaseUrl: string; logDir: string; readyTimeoutMs?: number }): Promise<RunningServer> {
  const port = await anyFreePort();
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, "server.log");
  const fd = openSync(logFile, "w");
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", fd, fd],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      // Every benchmark request comes from one address without a key: the public
      // per-address limit of /api/v1 (60 a minute by default) would refuse most of them.
      API_RATE_LIMIT_PUBLIC: process.env.API_RATE_LIMIT_PUBLIC ?? "1000000000",
    },
  });
  closeSync(fd);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 10_000);
    await exited(child);
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`npm start exited (${child.signalCode ?? child.exitCode}):\n${tail(logFile)}`);
    }
    try {
      const r = await timedGet(`${baseUrl}/api/ready`, { timeoutMs: 5000 });
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server was not ready within ${(options.readyTimeoutMs ?? 180_000) / 1000} s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { baseUrl, logFile, stop };
}
