// Which organization the signed-in user is working in: remembered in a cookie, and only ever
// one they belong to — a cookie naming another organization is ignored.
import { cookies } from "next/headers";
import { usesSecureCookies } from "../auth/config";
import type { OrganizationSummary } from "./index";

export const CURRENT_ORG_COOKIE = "org";

export function chooseCurrentOrganization(
  memberships: readonly OrganizationSummary[],
  remembered: string | undefined,
): OrganizationSummary | null {
  return memberships.find((m) => m.id === remembered) ?? memberships[0] ?? null;
}

/** The organization the request works in: the one the cookie names while the user is its member, else their first. */
export async function currentOrganization(memberships: readonly OrganizationSummary[]): Promise<OrganizationSummary | null> {
  return chooseCurrentOrganization(memberships, (await cookies()).get(CURRENT_ORG_COOKIE)?.value);
}

/** Remembers `orgId` as the current organization (server actions only: it sets a cookie). */
export async function rememberOrganization(orgId: string): Promise<void> {
  (await cookies()).set(CURRENT_ORG_COOKIE, orgId, {
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies(),
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
}
