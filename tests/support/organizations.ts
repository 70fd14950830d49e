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

/**
 * Puts organizations on a paid Enterprise subscription, as Stripe's webhook leaves it
 * (lib/billing): what tests of plan-gated features (single sign-on) start from. The billing
 * flow that gets an organization there is tested in tests/lib/billing and billing.spec.
 */
export async function giveEnterprisePlan(...organizationIds: string[]): Promise<void> {
  await withClient(async (c) => {
    for (const id of organizationIds) {
      await c.query(
        `INSERT INTO billing_accounts (organization_id, stripe_subscription_id, plan, status, seats_paid, updated_at)
         VALUES ($1, $2, 'enterprise', 'active', 100, now())
         ON CONFLICT (organization_id) DO UPDATE SET plan = 'enterprise', status = 'active'`,
        [id, `sub_test_${id.replace(/-/g, "")}`],
      );
    }
  });
}
