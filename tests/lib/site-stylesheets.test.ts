// The streamed /search page links the stylesheets Next.js built: from the build manifest after
// `next build`, from the App Router's own pages under `next dev`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { linkedStylesheets, manifestStylesheets, siteStylesheets } from "@/lib/site-stylesheets";

const roots: string[] = [];
function project(pages?: Record<string, string[]>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "stylesheets-"));
  roots.push(root);
  if (pages) {
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, ".next", "build-manifest.json"), JSON.stringify({ pages }));
  }
  return root;
}

afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe("the site's stylesheets", () => {
  it("are the app shell's CSS files of the build manifest, as URLs", () => {
    const root = project({ "/_app": ["static/chunks/a.js", "static/chunks/site.css"], "/_error": ["static/chunks/e.css"] });
    expect(manifestStylesheets(root)).toEqual(["/_next/static/chunks/site.css"]);
    expect(manifestStylesheets(project())).toEqual([]);
  });

  it("are read from a page's links under next dev", async () => {
    const html = `<link rel="preload" href="/x.woff2"/><link rel="stylesheet" href="/_next/static/chunks/app_globals.css" nonce="n" data-precedence="next"/><link rel="icon" href="data:x"/>`;
    expect(linkedStylesheets(html)).toEqual(["/_next/static/chunks/app_globals.css"]);
    const server = http.createServer((_req, res) => res.end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await siteStylesheets(origin, { dev: true })).toEqual(["/_next/static/chunks/app_globals.css"]);
    } finally {
      server.close();
    }
  });

  it("say so, once, and link none when nothing was built", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const root = project();
    expect(await siteStylesheets("http://127.0.0.1:1", { dev: false, root })).toEqual([]);
    expect(await siteStylesheets("http://127.0.0.1:1", { dev: false, root })).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
