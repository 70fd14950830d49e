// The streamed /search page links the stylesheets Next.js built for the Pages Router's app shell.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { siteStylesheets } from "@/lib/site-stylesheets";

const roots: string[] = [];
function project(manifests: Record<string, Record<string, string[]>>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "stylesheets-"));
  roots.push(root);
  for (const [file, pages] of Object.entries(manifests)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), JSON.stringify({ pages }));
  }
  return root;
}

afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe("siteStylesheets", () => {
  it("lists the app shell's CSS files from the build manifest, as URLs", () => {
    const root = project({ ".next/build-manifest.json": { "/_app": ["static/chunks/a.js", "static/chunks/site.css"], "/_error": ["static/chunks/e.css"] } });
    expect(siteStylesheets(root)).toEqual(["/_next/static/chunks/site.css"]);
  });

  it("reads the development server's manifest when there is no build", () => {
    const root = project({ ".next/dev/build-manifest.json": { "/_app": ["static/chunks/app_globals.css"] } });
    expect(siteStylesheets(root)).toEqual(["/_next/static/chunks/app_globals.css"]);
  });

  it("says so, once, and links none when nothing was built", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const root = project({});
    expect(siteStylesheets(root)).toEqual([]);
    expect(siteStylesheets(root)).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
