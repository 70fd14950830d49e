// Where the database is. DATABASE_URL wins; Vercel/Neon's POSTGRES_URL (pooled)
// and POSTGRES_URL_NON_POOLING (direct) are honoured as aliases. Migrations
// prefer the direct connection because poolers in transaction mode break DDL.
export type ConnectionPurpose = "app" | "migrations";

export function configuredDatabaseUrl(
  purpose: ConnectionPurpose = "app",
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const pick = (...names: string[]) =>
    names.map((n) => env[n]?.trim()).find((v): v is string => Boolean(v));
  return purpose === "migrations"
    ? pick("DATABASE_URL", "POSTGRES_URL_NON_POOLING", "POSTGRES_URL")
    : pick("DATABASE_URL", "POSTGRES_URL", "POSTGRES_URL_NON_POOLING");
}

export function requireDatabaseUrl(purpose: ConnectionPurpose = "app"): string {
  const url = configuredDatabaseUrl(purpose);
  if (!url) {
    throw new Error(
      "No database configured: set DATABASE_URL (or POSTGRES_URL), or start the app with `npm run dev` / `npm start`, which start an embedded PostgreSQL.",
    );
  }
  return url;
}

/** The URL with the password hidden, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparseable database url>";
  }
}
