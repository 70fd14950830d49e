// The site's stylesheets as Next.js built them, for a page rendered outside Next's page
// renderer (the streamed /search page, pages/api/search-page.ts): the CSS files of the Pages
// Router's app shell (pages/_app.tsx imports app/globals.css), read from Next's build manifest.
import { readFileSync } from "node:fs";
import path from "node:path";

interface BuildManifest {
  pages: Record<string, string[]>;
}

// `next build` writes .next/build-manifest.json; `next dev` writes its own under .next/dev.
const MANIFESTS = [path.join(".next", "build-manifest.json"), path.join(".next", "dev", "build-manifest.json")];

let cached: string[] | undefined;
let reported = false;

/** The stylesheet URLs ("/_next/static/chunks/….css"); [] (and a logged error) if no build has any. */
export function siteStylesheets(root = process.cwd()): string[] {
  // Development rebuilds change the file names; a production build never does.
  if (cached && process.env.NODE_ENV === "production") return cached;
  const order = process.env.NODE_ENV === "production" ? MANIFESTS : [...MANIFESTS].reverse();
  for (const file of order) {
    let manifest: BuildManifest;
    try {
      manifest = JSON.parse(readFileSync(path.join(root, file), "utf8")) as BuildManifest;
    } catch {
      continue;
    }
    const css = (manifest.pages["/_app"] ?? []).filter((f) => f.endsWith(".css")).map((f) => `/_next/${f}`);
    if (css.length > 0) return (cached = css);
  }
  if (!reported) console.error("no stylesheet in Next.js's build manifest (run next build or next dev): the search page is sent unstyled", { root });
  reported = true;
  return [];
}
