// Test doubles for remote hospital sites: a real HTTP server on 127.0.0.1 with
// per-path handlers, a minimal zip writer (so zip fixtures, including lying
// and bomb-shaped ones, are built by code), and a temp root per test to prove
// that failures leave no priceline-* files behind.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  url(pathname: string): string;
  /** Requests seen per path (with query). */
  hits: Map<string, number>;
  route(pathname: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const key = req.url ?? "/";
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const handler = table.get(key) ?? table.get(new URL(key, "http://x").pathname);
    if (handler) return handler(req, res);
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    hits,
    route: (pathname, handler) => void table.set(pathname, handler),
    close: () =>
      new Promise<void>((resolve) => {
        // Stalled responses would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(body: Buffer | string, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    res.writeHead(status, { "content-length": String(bytes.length), ...headers }).end(bytes);
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => void res.writeHead(status, { location }).end();
}

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
}

/** A zip archive (no zip64, no data descriptors) built in memory. */
export function buildZip(specs: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const data = typeof spec.data === "string" ? Buffer.from(spec.data) : spec.data;
    const name = Buffer.from(spec.name, "utf8");
    const method = spec.store ? 0 : 8;
    const packed = spec.store ? data : deflateRawSync(data);
    const crc = crc32(data) >>> 0;
    const size = spec.declaredSize ?? data.length;
    const dosTime = 0;
    const dosDate = (45 << 9) | (1 << 5) | 1; // 2025-01-01

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A fresh directory to use as tempRoot, so leftovers are this test's alone. */
export async function makeTempRoot(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "sources-test-"));
}

export async function leftovers(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => name.startsWith("priceline-"));
}

export async function removeTempRoot(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** A tiny tall CSV-shaped body; the sources layer never parses it. */
export const CSV_BODY = "hospital_name,last_updated_on,version\nExample Hospital,2025-01-01,3.0.0\n";
export const JSON_BODY = JSON.stringify({ hospital_name: "Example Hospital", version: "3.0.0" });
