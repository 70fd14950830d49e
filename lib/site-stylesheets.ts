// The site's stylesheets as Next.js built them, for a page rendered outside Next's page
// renderers (the streamed /search page, components/search/search-response.tsx).
//
// After `next build`: the CSS files of the Pages Router's app shell (pages/_app.tsx imports
// app/globals.css), from .next/build-manifest.json, read once. Under `next dev`, which builds
// the app shell only for a Pages Router page (there is none), the ones the App Router's home
// page links, asked of the development server itself (its file names change as styles are
// edited, so they are asked again after a few seconds).
import { readFileSync } from "node:fs";
import path from "node:path";

interface BuildManifest {
  pages: Record<string, string[]>;
}

const MANIFEST = path.join(".next", "build-manifest.json");
const DEV_TTL_MS = 5_000;

let built: string[] | undefined;
let dev: { at: number; urls: string[] } | undefined;
let reported = false;

/** The app shell's CSS files in a build manifest under `root`, as URLs; [] if none. */
export function manifestStylesheets(root = process.cwd()): string[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, MANIFEST), "utf8")) as BuildManifest;
    return (manifest.pages["/_app"] ?? []).filter((f) => f.endsWith(".css")).map((f) => `/_next/${f}`);
  } catch {
    return [];
  }
}

/** The stylesheets an HTML page links (`<link rel="stylesheet" href>`), in order. */
export function linkedStylesheets(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel="stylesheet"/i.test(tag)) continue;
    const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
    if (href?.startsWith("/")) urls.push(href.replaceAll("&amp;", "&"));
  }
  return urls;
}

async function devStylesheets(origin: string): Promise<string[]> {
  if (dev && Date.now() - dev.at < DEV_TTL_MS) return dev.urls;
  try {
    const response = await fetch(new URL("/", origin), { signal: AbortSignal.timeout(30_000) });
    dev = { at: Date.now(), urls: linkedStylesheets(await response.text()) };
    return dev.urls;
  } catch (error) {
    console.error("could not ask the development server for its stylesheets", { error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

/**
 * The stylesheet URLs ("/_next/static/chunks/….css"). `origin` is this server's own address
 * (used under `next dev` only). [] — and an error logged once — if none can be found: the page
 * is then sent unstyled but whole.
 */
export async function siteStylesheets(origin: string, env: { dev: boolean; root?: string } = { dev: process.env.NODE_ENV === "development" }): Promise<string[]> {
  const urls = env.dev ? await devStylesheets(origin) : (built ??= manifestStylesheets(env.root));
  if (urls.length === 0 && !reported) {
    reported = true;
    console.error("no stylesheet found for the search page (is there a build?): it is sent unstyled");
  }
  if (urls.length === 0 && !env.dev) built = undefined; // look again next time: a build may appear
  return urls;
}
