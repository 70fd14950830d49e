import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchToTempFile, SourceError, type FetchOptions } from "@/lib/ingest/sources";
import {
  buildZip,
  CSV_BODY,
  JSON_BODY,
  leftovers,
  makeTempRoot,
  redirect,
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

/** Fetches expecting failure; returns the SourceError after checking nothing was left behind. */
async function fetchFailure(url: string, options: FetchOptions = {}): Promise<SourceError> {
  const error = await fetchToTempFile(url, { tempRoot, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  expect(await leftovers(tempRoot)).toEqual([]);
  return error as SourceError;
}

describe("fetchToTempFile: plain and compressed downloads", () => {
  it("streams a plain file to os.tmpdir()/priceline-*, keeping its name, and cleans up", async () => {
    server.route("/files/123_example_standardcharges.csv", send(CSV_BODY, { "content-type": "text/csv" }));
    const url = server.url("/files/123_example_standardcharges.csv");
    const progress: number[] = [];
    const file = await fetchToTempFile(url, { onProgress: (p) => progress.push(p.bytesReceived) });
    try {
      expect(path.dirname(path.dirname(file.path))).toBe(os.tmpdir());
      expect(path.basename(path.dirname(file.path))).toMatch(/^priceline-/);
      expect(path.basename(file.path)).toBe("123_example_standardcharges.csv");
      expect(await readFile(file.path, "utf8")).toBe(CSV_BODY);
      expect(file).toMatchObject({ source: url, finalUrl: url, packing: "none", contentType: "text/csv" });
      expect(file.bytesReceived).toBe(Buffer.byteLength(CSV_BODY));
      expect(progress.at(-1)).toBe(Buffer.byteLength(CSV_BODY));
    } finally {
      await file.cleanup();
    }
    expect(existsSync(path.dirname(file.path))).toBe(false);
    await file.cleanup(); // idempotent
  });

  it("decodes Content-Encoding: gzip while writing", async () => {
    const packed = gzipSync(CSV_BODY);
    server.route("/ce/mrf.csv", send(packed, { "content-encoding": "gzip" }));
    const file = await fetchToTempFile(server.url("/ce/mrf.csv"), { tempRoot });
    expect(await readFile(file.path, "utf8")).toBe(CSV_BODY);
    expect(path.basename(file.path)).toBe("mrf.csv");
    expect(file.bytesReceived).toBe(packed.length); // Content-Length counts encoded bytes
    await file.cleanup();
    expect(await leftovers(tempRoot)).toEqual([]);
  });

  it("gunzips a .gz file (recognised by its bytes) and drops the .gz from the name", async () => {
    server.route("/gz/mrf.json.gz", send(gzipSync(JSON_BODY), { "content-type": "application/gzip" }));
    const file = await fetchToTempFile(server.url("/gz/mrf.json.gz"), { tempRoot });
    expect(await readFile(file.path, "utf8")).toBe(JSON_BODY);
    expect(path.basename(file.path)).toBe("mrf.json");
    expect(file.packing).toBe("gzip");
    await file.cleanup();
  });

  it("gunzips gzip content even under a .csv name, and a .gz sent with Content-Encoding: gzip", async () => {
    server.route("/gz/disguised.csv", send(gzipSync(CSV_BODY)));
    server.route("/gz/double.csv.gz", send(gzipSync(gzipSync(CSV_BODY)), { "content-encoding": "gzip" }));
    const disguised = await fetchToTempFile(server.url("/gz/disguised.csv"), { tempRoot });
    expect(await readFile(disguised.path, "utf8")).toBe(CSV_BODY);
    const double = await fetchToTempFile(server.url("/gz/double.csv.gz"), { tempRoot });
    expect(await readFile(double.path, "utf8")).toBe(CSV_BODY);
    expect(path.basename(double.path)).toBe("double.csv");
    await disguised.cleanup();
    await double.cleanup();
  });

  it("drops .gz from the name of a .gz object served with Content-Encoding: gzip (S3 style)", async () => {
    server.route("/s3/mrf.csv.gz", send(gzipSync(CSV_BODY), { "content-encoding": "gzip" }));
    const file = await fetchToTempFile(server.url("/s3/mrf.csv.gz"), { tempRoot });
    expect(await readFile(file.path, "utf8")).toBe(CSV_BODY);
    expect(path.basename(file.path)).toBe("mrf.csv");
    await file.cleanup();
  });

  it("refuses a Content-Encoding it cannot decode", async () => {
    server.route("/compress.csv", send("x", { "content-encoding": "compress" }));
    const error = await fetchFailure(server.url("/compress.csv"));
    expect(error.code).toBe("bad-input");
    expect(error.message).toContain('unsupported Content-Encoding "compress"');
  });

  it("leaves gzip packed with unpack: false", async () => {
    const packed = gzipSync(CSV_BODY);
    server.route("/gz/keep.csv.gz", send(packed));
    const file = await fetchToTempFile(server.url("/gz/keep.csv.gz"), { tempRoot, unpack: false });
    expect(await readFile(file.path)).toEqual(packed);
    await file.cleanup();
  });

  it("names the file from Content-Disposition when the URL has no useful name", async () => {
    server.route("/download", send(CSV_BODY, { "content-disposition": 'attachment; filename="99_county_standardcharges.csv"' }));
    const file = await fetchToTempFile(server.url("/download?id=7"), { tempRoot });
    expect(path.basename(file.path)).toBe("99_county_standardcharges.csv");
    await file.cleanup();
  });

  it("extracts the single MRF entry of a zip, ignoring folders and macOS noise", async () => {
    const zip = buildZip([
      { name: "prices/", data: "", store: true },
      { name: "__MACOSX/prices/._mrf.csv", data: "junk" },
      { name: "prices/README.txt", data: "read me" },
      { name: "prices/123_example_standardcharges.csv", data: CSV_BODY },
    ]);
    server.route("/zip/mrf.zip", send(zip, { "content-type": "application/zip" }));
    const file = await fetchToTempFile(server.url("/zip/mrf.zip"), { tempRoot });
    expect(await readFile(file.path, "utf8")).toBe(CSV_BODY);
    expect(path.basename(file.path)).toBe("123_example_standardcharges.csv");
    expect(file).toMatchObject({ packing: "zip", entryName: "prices/123_example_standardcharges.csv" });
    // The archive itself is gone: only the MRF stays on disk.
    const [dir] = await leftovers(tempRoot);
    expect(await readdir(path.join(tempRoot, dir!))).toEqual([
      "123_example_standardcharges.csv",
    ]);
    await file.cleanup();
    expect(await leftovers(tempRoot)).toEqual([]);
  });

  it("recognises a zip by its bytes whatever the URL says", async () => {
    server.route("/zip/looks-like.json", send(buildZip([{ name: "mrf.json", data: JSON_BODY }])));
    const file = await fetchToTempFile(server.url("/zip/looks-like.json"), { tempRoot });
    expect(await readFile(file.path, "utf8")).toBe(JSON_BODY);
    await file.cleanup();
  });
});

describe("fetchToTempFile: zip problems", () => {
  it("refuses a zip with two MRF entries, naming them", async () => {
    server.route("/zip/two.zip", send(buildZip([{ name: "a.csv", data: CSV_BODY }, { name: "b.json", data: JSON_BODY }])));
    const error = await fetchFailure(server.url("/zip/two.zip"));
    expect(error.code).toBe("zip");
    expect(error.message).toContain(server.url("/zip/two.zip"));
    expect(error.message).toMatch(/2 possible MRF entries, expected one: "a\.csv", "b\.json"/);
  });

  it("refuses a zip without a .csv or .json entry, listing what is there", async () => {
    server.route("/zip/none.zip", send(buildZip([{ name: "prices.xlsx", data: "x" }])));
    const error = await fetchFailure(server.url("/zip/none.zip"));
    expect(error.code).toBe("zip");
    expect(error.message).toContain('no .csv or .json entry (entries: "prices.xlsx")');
  });

  it("refuses a corrupt zip", async () => {
    server.route("/zip/corrupt.zip", send(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100, 7)])));
    const error = await fetchFailure(server.url("/zip/corrupt.zip"));
    expect(error.code).toBe("zip");
    expect(error.message).toMatch(/not a readable zip archive/);
  });

  it("stops a zip bomb by size before writing it: clear error, nothing left", async () => {
    // 16 MiB of zeros deflate to ~16 KiB: a miniature bomb against a 1 MiB limit.
    server.route("/zip/bomb.zip", send(buildZip([{ name: "mrf.csv", data: Buffer.alloc(16 * 1024 * 1024) }])));
    const error = await fetchFailure(server.url("/zip/bomb.zip"), { maxBytes: 1024 * 1024 });
    expect(error.code).toBe("too-large");
    expect(error.message).toContain('zip entry "mrf.csv" is larger than the 1.0 MiB limit');
  });

  it("stops a zip bomb by compression ratio", async () => {
    server.route("/zip/ratio.zip", send(buildZip([{ name: "mrf.csv", data: Buffer.alloc(16 * 1024 * 1024) }])));
    const error = await fetchFailure(server.url("/zip/ratio.zip"), { maxRatio: 200, ratioGraceBytes: 1024 * 1024 });
    expect(error.code).toBe("bomb");
    expect(error.message).toMatch(/zip entry "mrf\.csv" expands more than 200:1 .*decompression bomb/);
  });

  it("stops a zip that lies about its sizes while extracting", async () => {
    const zip = buildZip([{ name: "mrf.csv", data: Buffer.alloc(16 * 1024 * 1024), declaredSize: 1000 }]);
    server.route("/zip/liar.zip", send(zip));
    const error = await fetchFailure(server.url("/zip/liar.zip"), { maxBytes: 1024 * 1024 });
    expect(error.code).toBe("zip");
    expect(error.message).toMatch(/zip entry "mrf\.csv" does not match its declared size/);
  });
});

describe("fetchToTempFile: limits on gzip and plain bodies", () => {
  const zeros = gzipSync(Buffer.alloc(32 * 1024 * 1024)); // ~32 KiB on the wire

  it("stops a gzip bomb at the size limit while streaming", async () => {
    server.route("/gz/bomb.csv.gz", send(zeros));
    const error = await fetchFailure(server.url("/gz/bomb.csv.gz"), { maxBytes: 4 * 1024 * 1024 });
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("larger than the 4.0 MiB limit");
  });

  it("stops a gzip bomb by ratio while streaming", async () => {
    server.route("/gz/ratio.csv.gz", send(zeros, { "content-encoding": "gzip" }));
    const error = await fetchFailure(server.url("/gz/ratio.csv.gz"), { maxRatio: 100, ratioGraceBytes: 1024 * 1024 });
    expect(error.code).toBe("bomb");
    expect(error.message).toMatch(/expands more than 100:1/);
  });

  it("refuses a Content-Length over the limit before downloading", async () => {
    server.route("/big.csv", send(Buffer.alloc(4096, 65)));
    const error = await fetchFailure(server.url("/big.csv"), { maxBytes: 1024 });
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("4096 bytes announced");
  });

  it("stops an unannounced (chunked) body at the limit", async () => {
    server.route("/endless.csv", (_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      const chunk = Buffer.alloc(64 * 1024, 65);
      const pump = () => {
        while (res.write(chunk)) {
          /* fill the socket */
        }
      };
      res.on("drain", pump);
      res.on("error", () => {});
      pump();
    });
    const error = await fetchFailure(server.url("/endless.csv"), { maxBytes: 1024 * 1024 });
    expect(error.code).toBe("too-large");
  });
});

describe("fetchToTempFile: HTTP and network failures", () => {
  it.each([
    [404, "Not Found"],
    [500, "Internal Server Error"],
  ])("reports HTTP %i with the URL", async (status, text) => {
    server.route(`/status/${status}`, send("nope", {}, status));
    const url = server.url(`/status/${status}`);
    const error = await fetchFailure(url);
    expect(error).toMatchObject({ code: "http-status", status, source: url });
    expect(error.message).toBe(`${url}: HTTP ${status} ${text}`);
  });

  it("times out a server that never answers", async () => {
    server.route("/stall/headers", () => {
      /* never respond */
    });
    const started = Date.now();
    const error = await fetchFailure(server.url("/stall/headers"), { timeoutMs: 200 });
    expect(error.code).toBe("timeout");
    expect(error.message).toContain("timed out: no data for 0.2 s");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("times out a body that stalls midway, and removes the partial file", async () => {
    server.route("/stall/body.csv", (_req, res) => {
      res.writeHead(200, { "content-length": "100000" });
      res.write(Buffer.alloc(5000, 65));
    });
    const error = await fetchFailure(server.url("/stall/body.csv"), { timeoutMs: 300 });
    expect(error.code).toBe("timeout");
  });

  it("reports a body shorter than Content-Length as a partial download", async () => {
    server.route("/short.csv", (_req, res) => {
      res.writeHead(200, { "content-length": "1000" });
      res.write(Buffer.alloc(100, 65), () => res.socket?.destroy());
    });
    const url = server.url("/short.csv");
    const error = await fetchFailure(url);
    expect(error.code).toBe("partial");
    expect(error.message).toBe(`${url}: partial download: got 100 of 1000 bytes`);
  });

  it("reports a chunked body cut off as a partial download", async () => {
    server.route("/cut.csv", (_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write(Buffer.alloc(300, 65), () => res.socket?.destroy());
    });
    const error = await fetchFailure(server.url("/cut.csv"));
    expect(error.code).toBe("partial");
    expect(error.message).toMatch(/partial download: connection closed after 300 bytes/);
  });

  it("reports a truncated gzip body as a partial download", async () => {
    const packed = gzipSync(Buffer.from(CSV_BODY.repeat(200)));
    server.route("/trunc.csv.gz", send(packed.subarray(0, packed.length - 40)));
    const error = await fetchFailure(server.url("/trunc.csv.gz"));
    expect(error.code).toBe("partial");
    expect(error.message).toMatch(/partial download: compressed data ends early/);
  });

  it("reports a refused connection", async () => {
    const other = await startServer();
    const url = other.url("/gone.csv");
    await other.close();
    const error = await fetchFailure(url);
    expect(error.code).toBe("network");
    expect(error.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gone\.csv: request failed: connect ECONNREFUSED/);
  });

  it("stops when the caller aborts", async () => {
    server.route("/stall/abort", () => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await fetchFailure(server.url("/stall/abort"), { signal: controller.signal });
    expect(error.code).toBe("aborted");
  });

  it("refuses non-http(s) URLs and garbage", async () => {
    expect((await fetchFailure("file:///etc/passwd")).code).toBe("bad-input");
    expect((await fetchFailure("not a url")).code).toBe("bad-input");
  });

  it("keeps credentials out of messages", async () => {
    const url = server.url("/status/404").replace("http://", "http://user:secret@");
    const error = await fetchFailure(url);
    expect(error.message).not.toContain("secret");
  });
});

describe("fetchToTempFile: redirects", () => {
  it("follows redirects (absolute and relative) and reports the final URL", async () => {
    server.route("/r/start", redirect(server.url("/r/middle"), 301));
    server.route("/r/middle", redirect("../r/end.csv", 307));
    server.route("/r/end.csv", send(CSV_BODY));
    const file = await fetchToTempFile(server.url("/r/start"), { tempRoot });
    expect(await readFile(file.path, "utf8")).toBe(CSV_BODY);
    expect(file.source).toBe(server.url("/r/start"));
    expect(file.finalUrl).toBe(server.url("/r/end.csv"));
    expect(path.basename(file.path)).toBe("end.csv");
    await file.cleanup();
  });

  it("follows exactly five redirects but not six", async () => {
    for (let i = 0; i < 6; i++) server.route(`/chain/${i}`, redirect(`/chain/${i + 1}`));
    server.route("/chain/6", send(CSV_BODY));
    const ok = await fetchToTempFile(server.url("/chain/1"), { tempRoot });
    expect(await readFile(ok.path, "utf8")).toBe(CSV_BODY);
    await ok.cleanup();

    const error = await fetchFailure(server.url("/chain/0"));
    expect(error.code).toBe("redirects");
    expect(error.message).toBe(`${server.url("/chain/0")}: too many redirects (more than 5)`);
  });

  it("stops a redirect loop", async () => {
    server.route("/loop", redirect("/loop"));
    const error = await fetchFailure(server.url("/loop"), { maxRedirects: 2 });
    expect(error.message).toContain("too many redirects (more than 2)");
  });

  it("refuses a redirect to a non-http URL", async () => {
    server.route("/r/file", redirect("file:///etc/passwd"));
    const error = await fetchFailure(server.url("/r/file"));
    expect(error.code).toBe("redirects");
  });
});
