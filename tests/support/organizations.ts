// Organizations for tests, made on the owner's connection (as an operator or a
// sign-up would). Slugs carry a random part: organizations are not emptied
// between test files, and the audit rows that name them cannot be deleted.
import { randomUUID } from "node:crypto";
import { withClient } from "./db";

export interface TestOrganization {
  id: string;
  slug: string;
  name: string;
}

export async function createTestOrganization(label: string): Promise<TestOrganization> {
  const id = randomUUID();
  const org = { id, slug: `${label.toLowerCase()}-${id.slice(0, 8)}`, name: `${label} Health Plan` };
  await withClient((c) => c.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)`, [org.id, org.name, org.slug]));
  return org;
}

export async function createTestUser(label: string): Promise<string> {
  const id = randomUUID();
  await withClient((c) =>
    c.query(`INSERT INTO users (id, name, email, updated_at) VALUES ($1, $2, $3, now())`, [id, label, `${label}-${id.slice(0, 8)}@example.org`]),
  );
  return id;
}

export async function deleteTestOrganizations(ids: string[]): Promise<void> {
  // Cascades to memberships and API keys; the audit rows stay (append-only).
  await withClient((c) => c.query(`DELETE FROM organizations WHERE id = ANY($1::uuid[])`, [ids]));
}
