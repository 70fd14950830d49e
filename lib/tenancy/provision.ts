// Lets tenant connections log in where no TENANT_DATABASE_URL is configured.
//
// The migrations create priceline_app as a LOGIN role without a password (a
// migration is no place for a secret). Where TENANT_DATABASE_URL is unset, the
// tenant connections use the owner's URL with priceline_app as the user
// (connections.ts), so the role needs the owner's password: this sets it.
// That shares one secret, but the process holding it already holds the owner's
// URL; what the separate login buys is that SQL on a tenant connection has no
// role to escape to. Production deployments that want a separate secret set
// TENANT_DATABASE_URL and give the role its password themselves; then this does
// nothing.
import pg from "pg";
import { APP_ROLE } from "./roles";

export type AppRoleLogin = "configured" | "password-set" | "no-password";

export async function provisionAppRoleLogin(
  adminUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AppRoleLogin> {
  if (env.TENANT_DATABASE_URL?.trim()) return "configured";
  const password = decodeURIComponent(new URL(adminUrl).password);
  // Without a password in the URL the server trusts local logins (or takes the
  // password from elsewhere, in which case set TENANT_DATABASE_URL).
  if (!password) return "no-password";
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // ALTER ROLE takes no bind parameters: the server quotes the literal itself.
    const { rows } = await client.query<{ sql: string }>(
      `SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', $1::text, $2::text) AS sql`,
      [APP_ROLE, password],
    );
    await client.query(rows[0]!.sql);
  } catch (error) {
    throw new Error(
      `Could not give ${APP_ROLE} its password (${(error as Error).message}). ` +
        `Set TENANT_DATABASE_URL to a login as ${APP_ROLE} instead.`,
      { cause: error },
    );
  } finally {
    await client.end();
  }
  return "password-set";
}
