// Where the site is published, for absolute URLs (canonical links, preview images).

/** SITE_URL, else Vercel's deployment URL, else this machine on PORT (3000). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, "");
  const vercel = env.VERCEL_PROJECT_PRODUCTION_URL?.trim() || env.VERCEL_URL?.trim();
  if (vercel) return `https://${vercel}`;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
