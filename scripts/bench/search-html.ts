// The JavaScript a page ships: every external script of its HTML, and the
// text of its inline scripts.
//
// External scripts are collected from `<script src>` tags and from `<link>` tags
// that make the browser fetch a script ahead (rel="modulepreload", or
// rel="preload" with as="script", which is how Next.js announces its chunks).
// Inline scripts the browser runs (no type, or a JavaScript or module type) are
// counted too; data blocks (application/json, ld+json) are not code.

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  // name="value", name='value', name=value (browsers keep a "=" inside an unquoted value), or a bare name.
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+)))?/g;
  const inner = tag.replace(/^<\s*[a-zA-Z]+/, "").replace(/\/?>$/, "");
  for (const m of inner.matchAll(re)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export interface PageScript {
  url: string;
  /** Only loaded by browsers without ES modules (`<script nomodule>`): modern browsers skip it. */
  noModule: boolean;
}

/** The page's scripts, each once (by absolute URL), in document order. */
export function collectScripts(html: string, baseUrl: string): PageScript[] {
  const scripts = new Map<string, PageScript>();
  const add = (raw: string | undefined, noModule: boolean) => {
    if (!raw) return;
    const url = new URL(decodeEntities(raw.trim()), baseUrl).toString();
    const seen = scripts.get(url);
    if (seen) seen.noModule &&= noModule;
    else scripts.set(url, { url, noModule });
  };
  const lower = html.toLowerCase();
  const tags = /<(script|link)\b[^>]*>/gi;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    const attrs = attributes(m[0]);
    if (m[1]!.toLowerCase() === "script") {
      add(attrs.get("src"), attrs.has("nomodule"));
      // A script's text is not markup: whatever looks like a tag in it is skipped.
      const end = lower.indexOf("</script", tags.lastIndex);
      tags.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const as = (attrs.get("as") ?? "").toLowerCase();
    if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script")) add(attrs.get("href"), false);
  }
  return [...scripts.values()];
}

const SCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** The text of each inline script the browser runs, in document order (empty ones left out). */
export function collectInlineScripts(html: string): string[] {
  const found: string[] = [];
  const lower = html.toLowerCase();
  const tags = /<script\b[^>]*>/gi;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    const attrs = attributes(m[0]);
    const end = lower.indexOf("</script", tags.lastIndex);
    const text = html.slice(tags.lastIndex, end === -1 ? html.length : end);
    tags.lastIndex = end === -1 ? html.length : end;
    if (attrs.has("src") || !SCRIPT_TYPES.has((attrs.get("type") ?? "").trim().toLowerCase())) continue;
    if (text.trim() !== "") found.push(text);
  }
  return found;
}

/** Absolute URLs of the page's scripts, each once, in document order. */
export function collectScriptUrls(html: string, baseUrl: string): string[] {
  return collectScripts(html, baseUrl).map((s) => s.url);
}
