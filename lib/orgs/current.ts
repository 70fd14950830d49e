// Which organization the signed-in user is working in: remembered in a cookie, and only ever
// one they belong to — a cookie naming another organization is ignored.
import type { OrganizationSummary } from "./index";

export const CURRENT_ORG_COOKIE = "org";

export function chooseCurrentOrganization(
  memberships: readonly OrganizationSummary[],
  remembered: string | undefined,
): OrganizationSummary | null {
  return memberships.find((m) => m.id === remembered) ?? memberships[0] ?? null;
}
