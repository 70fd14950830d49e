// Readiness: the database answers and every migration in the repo is applied.
import { pendingMigrations } from "./migrate/apply";
import { getPool } from "./pool";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unreachable";
  pendingMigrations: string[];
  message?: string;
}

export async function checkReadiness(): Promise<Readiness> {
  let client;
  try {
    client = await getPool().connect();
  } catch (error) {
    return { ready: false, database: "unreachable", pendingMigrations: [], message: (error as Error).message };
  }
  try {
    await client.query("SELECT 1");
    const pending = await pendingMigrations(client);
    return {
      ready: pending.length === 0,
      database: "ok",
      pendingMigrations: pending,
      ...(pending.length ? { message: "migrations not applied: run npm run db:migrate" } : {}),
    };
  } finally {
    client.release();
  }
}
