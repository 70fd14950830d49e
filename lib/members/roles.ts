// What each role in an organization may do. One table, asked by every action that changes an
// organization, so the rules are read in one place (issue 5: owner; admin for members, billing
// and SSO; analyst; viewer).
export const ROLES = ["owner", "admin", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | "members.manage" // invite, change roles, remove (never an owner, unless an owner does it)
  | "billing.manage"
  | "sso.manage"
  | "apikeys.manage"
  | "audit.read"
  | "data.analyze" // watchlists, alerts, exports
  | "data.view";

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ["members.manage", "billing.manage", "sso.manage", "apikeys.manage", "audit.read", "data.analyze", "data.view"],
  admin: ["members.manage", "billing.manage", "sso.manage", "apikeys.manage", "audit.read", "data.analyze", "data.view"],
  analyst: ["data.analyze", "data.view"],
  viewer: ["data.view"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether `actor` may give or take `role`: admins manage everyone but owners. */
export function mayAssign(actor: Role, role: Role): boolean {
  return can(actor, "members.manage") && (role !== "owner" || actor === "owner");
}
