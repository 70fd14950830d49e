import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveInput, type CmsHptListing, type ResolvedInput, type ResolveOptions } from "@/lib/ingest/sources";
import {
  buildZip,
  CSV_BODY,
  JSON_BODY,
  leftovers,
  makeTempRoot,
  removeTempRoot,
  send,
  startServer,
  type TestServer,
} from "./helpers";

let server: TestServer;
let tempRoot: string;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  tempRoot = await makeTempRoot();
});
afterEach(async () => {
  await removeTempRoot(tempRoot);
});

type Seen =
  | { kind: "file"; name: string; content: string; source: string; locationNames?: string[]; listedIn?: string }
  | Extract<ResolvedInput, { kind: "error" }>;

/**
 * Drains resolveInput the way the CLI will: each file is read inside the loop
 * (it is deleted when the next item is requested).
 */
async function drain(input: string, options: ResolveOptions = {}): Promise<Seen[]> {
  const seen: Seen[] = [];
  const paths: string[] = [];
  for await (const item of resolveInput(input, { tempRoot, ...options })) {
    if (item.kind === "error") {
      seen.push(item);
      continue;
    }
    paths.push(item.path);
    seen.push({
      kind: "file",
      name: path.basename(item.path),
      content: await readFile(item.path, "utf8"),
      source: item.source,
      ...(item.locationNames ? { locationNames: item.locationNames } : {}),
      ...(item.listedIn ? { listedIn: item.listedIn } : {}),
    });
  }
  expect(await leftovers(tempRoot)).toEqual([]);
  return seen;
}

describe("resolveInput: local paths", () => {
  it("uses a plain local file in place and never deletes it", async () => {
    const file = path.join(tempRoot, "local_standardcharges.csv");
    await writeFile(file, CSV_BODY);
    expect(await drain(file)).toEqual([{ kind: "file", name: "local_standardcharges.csv", content: CSV_BODY, source: file }]);
    expect(existsSync(file)).toBe(true);
  });

  it("reports a missing file", async () => {
    const file = path.join(tempRoot, "missing.csv");
    expect(await drain(file)).toEqual([{ kind: "error", source: file, message: "no such file", code: "bad-input" }]);
  });

  it("reports a directory", async () => {
    expect(await drain(tempRoot)).toMatchObject([{ kind: "error", message: "not a regular file" }]);
  });

  it("decompresses a local .gz into a temp file, removed afterwards; the original stays", async () => {
    const file = path.join(tempRoot, "local.json.gz");
    await writeFile(file, gzipSync(JSON_BODY));
    expect(await drain(file)).toEqual([{ kind: "file", name: "local.json", content: JSON_BODY, source: file }]);
    expect(existsSync(file)).toBe(true);
  });

  it("extracts a local .zip into a temp file, removed afterwards; the original stays", async () => {
    const file = path.join(tempRoot, "local.zip");
    await writeFile(file, buildZip([{ name: "inner_standardcharges.csv", data: CSV_BODY }]));
    expect(await drain(file)).toEqual([{ kind: "file", name: "inner_standardcharges.csv", content: CSV_BODY, source: file }]);
    expect(existsSync(file)).toBe(true);
  });

  it("applies the limits to local archives too", async () => {
    const file = path.join(tempRoot, "bomb.zip");
    await writeFile(file, buildZip([{ name: "mrf.csv", data: Buffer.alloc(8 * 1024 * 1024) }]));
    const gz = path.join(tempRoot, "bomb.csv.gz");
    await writeFile(gz, gzipSync(Buffer.alloc(8 * 1024 * 1024)));
    expect(await drain(file, { maxBytes: 1024 * 1024 })).toMatchObject([{ kind: "error", code: "too-large", source: file }]);
    expect(await drain(gz, { maxBytes: 1024 * 1024 })).toMatchObject([{ kind: "error", code: "too-large", source: gz }]);
    const truncated = path.join(tempRoot, "truncated.csv.gz");
    await writeFile(truncated, gzipSync(CSV_BODY.repeat(100)).subarray(0, 50));
    expect(await drain(truncated)).toMatchObject([
      { kind: "error", code: "partial", message: "compressed data ends early: the file is truncated" },
    ]);
  });
});

describe("resolveInput: URLs", () => {
  it("downloads a URL and removes the download once the consumer moves on", async () => {
    server.route("/one/mrf.csv", send(CSV_BODY));
    const url = server.url("/one/mrf.csv");
    const iterator = resolveInput(url, { tempRoot });
    const first = await iterator.next();
    expect(first.done).toBe(false);
    const item = first.value as Extract<ResolvedInput, { kind: "file" }>;
    expect(item).toMatchObject({ kind: "file", source: url });
    expect(await readFile(item.path, "utf8")).toBe(CSV_BODY);
    expect(await leftovers(tempRoot)).toHaveLength(1);
    expect((await iterator.next()).done).toBe(true);
    expect(existsSync(item.path)).toBe(false);
    expect(await leftovers(tempRoot)).toEqual([]);
  });

  it("removes the download when the consumer stops early", async () => {
    server.route("/early/mrf.csv", send(CSV_BODY));
    for await (const item of resolveInput(server.url("/early/mrf.csv"), { tempRoot })) {
      expect(item.kind).toBe("file");
      break;
    }
    expect(await leftovers(tempRoot)).toEqual([]);
  });

  it("reports a download failure as an error item", async () => {
    const url = server.url("/nothing-here.csv");
    expect(await drain(url)).toEqual([
      { kind: "error", source: url, message: "HTTP 404 Not Found", code: "http-status" },
    ]);
  });

  it("reports an empty body and a URL scheme it cannot fetch", async () => {
    server.route("/empty.csv", send(""));
    expect(await drain(server.url("/empty.csv"))).toMatchObject([
      { kind: "error", message: "the server returned an empty file", code: "bad-input" },
    ]);
    expect(await drain("ftp://example.org/mrf.csv")).toEqual([
      {
        kind: "error",
        source: "ftp://example.org/mrf.csv",
        message: "only http and https URLs can be downloaded",
        code: "bad-input",
      },
    ]);
  });

  it("reports an HTML page served instead of an MRF", async () => {
    server.route("/login.csv", send("<!DOCTYPE html><html><body>Please sign in</body></html>", { "content-type": "text/html" }));
    expect(await drain(server.url("/login.csv"))).toMatchObject([
      { kind: "error", message: "the server returned an HTML page, not a CSV or JSON file" },
    ]);
  });
});

describe("resolveInput: cms-hpt.txt", () => {
  function txt(blocks: Record<string, string>[]): string {
    return blocks.map((b) => Object.entries(b).map(([k, v]) => `${k}: ${v}`).join("\r\n")).join("\r\n\r\n");
  }
  const block = (name: string, mrfUrl: string) => ({
    "location-name": name,
    "source-page-url": server.url("/price-transparency"),
    "mrf-url": mrfUrl,
    "contact-name": "Pat Smith",
    "contact-email": "pat@example.org",
  });

  it("fetches each distinct mrf-url once, reports broken ones and malformed blocks, and carries on", async () => {
    server.route("/mrf/system_standardcharges.csv", send(CSV_BODY));
    server.route("/mrf/west_standardcharges.json.gz", send(gzipSync(JSON_BODY)));
    const text =
      "\uFEFF" +
      txt([
        block("Main Campus", server.url("/mrf/system_standardcharges.csv")), // lines 1-5
        block("North Clinic", server.url("/mrf/system_standardcharges.csv")), // lines 7-11
        block("East Campus", server.url("/mrf/gone.csv")), // lines 13-17
        { "location-name": "Nowhere", "contact-name": "Pat" }, // lines 19-20
        block("West Campus", server.url("/mrf/west_standardcharges.json.gz")), // lines 22-26
      ]);
    server.route("/cms-hpt.txt", send(text, { "content-type": "text/plain" }));
    const txtUrl = server.url("/cms-hpt.txt");
    const listings: CmsHptListing[] = [];

    const seen = await drain(txtUrl, { onCmsHptTxt: (l) => listings.push(l) });

    expect(seen).toEqual([
      {
        kind: "error",
        source: txtUrl,
        message: 'line 19: location block ("Nowhere") has no mrf-url; skipped',
        code: "cms-hpt-txt",
        line: 19,
        listedIn: txtUrl,
      },
      {
        kind: "file",
        name: "system_standardcharges.csv",
        content: CSV_BODY,
        source: server.url("/mrf/system_standardcharges.csv"),
        locationNames: ["Main Campus", "North Clinic"],
        listedIn: txtUrl,
      },
      {
        kind: "error",
        source: server.url("/mrf/gone.csv"),
        message: "HTTP 404 Not Found",
        code: "http-status",
        locationNames: ["East Campus"],
        listedIn: txtUrl,
      },
      {
        kind: "file",
        name: "west_standardcharges.json",
        content: JSON_BODY,
        source: server.url("/mrf/west_standardcharges.json.gz"),
        locationNames: ["West Campus"],
        listedIn: txtUrl,
      },
    ]);
    expect(server.hits.get("/mrf/system_standardcharges.csv")).toBe(1);
    expect(listings).toHaveLength(1);
    expect(listings[0]?.entries).toHaveLength(4);
    expect(listings[0]?.mrfUrls).toHaveLength(3);
  });

  it("recognises a TXT file by content under another name and resolves relative URLs against it", async () => {
    server.route("/hpt/files/rel_standardcharges.csv", send(CSV_BODY));
    server.route("/hpt/listing", send("location-name: Rel\nmrf-url: files/rel_standardcharges.csv\n"));
    const seen = await drain(server.url("/hpt/listing"));
    expect(seen.filter((s) => s.kind === "file")).toEqual([
      {
        kind: "file",
        name: "rel_standardcharges.csv",
        content: CSV_BODY,
        source: server.url("/hpt/files/rel_standardcharges.csv"),
        locationNames: ["Rel"],
        listedIn: server.url("/hpt/listing"),
      },
    ]);
    // The incomplete block is reported, but does not stop the download.
    expect(seen.filter((s) => s.kind === "error")).toMatchObject([{ line: 1, code: "cms-hpt-txt" }]);
  });

  it("reads a local cms-hpt.txt and fetches what it lists", async () => {
    server.route("/local-listed.csv", send(CSV_BODY));
    const file = path.join(tempRoot, "cms-hpt.txt");
    await writeFile(file, txt([block("Local Listed", server.url("/local-listed.csv"))]));
    expect(await drain(file)).toMatchObject([{ kind: "file", content: CSV_BODY, listedIn: file, locationNames: ["Local Listed"] }]);
  });

  it("reports a cms-hpt.txt that is really an HTML page, and one that lists nothing", async () => {
    server.route("/soft404/cms-hpt.txt", send("<html><body>Page not found</body></html>"));
    const url = server.url("/soft404/cms-hpt.txt");
    expect(await drain(url)).toEqual([
      {
        kind: "error",
        source: url,
        message: "line 1: this is an HTML or XML page, not a cms-hpt.txt file",
        code: "cms-hpt-txt",
        line: 1,
        listedIn: url,
      },
      { kind: "error", source: url, message: "the cms-hpt.txt lists no usable mrf-url", code: "cms-hpt-txt" },
    ]);
  });

  it("refuses an oversized cms-hpt.txt without reading it all", async () => {
    server.route("/huge/cms-hpt.txt", send("location-name: x\n".repeat(10_000)));
    expect(await drain(server.url("/huge/cms-hpt.txt"), { maxTxtBytes: 1024 })).toMatchObject([
      { kind: "error", code: "too-large" },
    ]);
  });
});
