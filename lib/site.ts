// Where the site is published, for absolute URLs (canonical links, preview images), and the
// site's icon and colour (the App Router's root layout and pages/ both use them).

// An inline icon: no extra request, and no 404 for /favicon.ico.
export const SITE_ICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#172554"/><path d="M9 8v16M23 8v16M9 16h14" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/></svg>`,
  );

export const SITE_THEME_COLOR = "#172554";

/** SITE_URL, else Vercel's deployment URL, else this machine on PORT (3000). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, "");
  const vercel = env.VERCEL_PROJECT_PRODUCTION_URL?.trim() || env.VERCEL_URL?.trim();
  if (vercel) return `https://${vercel}`;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
