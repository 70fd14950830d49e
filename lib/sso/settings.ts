// The organization's SSO and security settings as its owners and admins change them on /app/sso:
// the OIDC and SAML connections, claimed email domains, SSO enforcement and the idle timeout.
// Every change checks the plan (ssoAllowed) and the actor's role inside the organization's
// tenant scope (docs/adr/0008) — the page and its server actions check too, this is the last
// word — and is recorded in the audit log with who, from where, and never a secret.
import type { RequestOrigin } from "@/lib/audit";
import { mayUse } from "@/lib/billing/entitlements";
import { actorRole, can, MembersError } from "@/lib/members";
import { withPlatform, withTenant, type TenantDb } from "@/lib/tenancy";
import { recordSsoAudit } from "./audit";
import { getOidcConnection, saveOidcConnection, SsoConfigError, type OidcConnection, type OidcConnectionInput } from "./connections";
import { claimDomain, setSsoRequired } from "./domains";
import { isOidcPreset, presetIssuer } from "./presets";
import { getSamlConnection, saveSamlConnection, type SamlConnection } from "./saml";

export const IDLE_TIMEOUT_MIN = 5;
export const IDLE_TIMEOUT_MAX = 1440;
export const IDLE_TIMEOUT_DEFAULT = 60;

export class SsoSettingsError extends Error {
  constructor(
    readonly code: "not_allowed" | "idle_timeout_invalid",
    message: string,
  ) {
    super(message);
    this.name = "SsoSettingsError";
  }
}

export interface SsoActor {
  userId: string;
}

/** Whether the organization's plan includes single sign-on. */
export async function ssoAllowed(organizationId: string): Promise<boolean> {
  return mayUse(organizationId, "sso");
}

async function assertManager(db: TenantDb, actor: SsoActor): Promise<void> {
  if (!can(await actorRole(db, actor), "sso.manage")) throw new MembersError("forbidden", "Only owners and admins can manage SSO and security settings.");
}

/**
 * The plan and the role, before an SSO change. Taking SSO away (removing a connection or a
 * domain, no longer requiring SSO) needs no plan, so an organization that left the plan can
 * still clean up.
 */
async function authorizeSso(organizationId: string, actor: SsoActor, needsPlan = true): Promise<void> {
  if (needsPlan && !(await ssoAllowed(organizationId))) throw new SsoSettingsError("not_allowed", "Single sign-on is part of the Enterprise plan.");
  await withTenant(organizationId, (db) => assertManager(db, actor));
}

export interface ClaimedDomain {
  domain: string;
  verifiedAt: Date | null;
  createdAt: Date;
}

export interface SsoSettings {
  oidc: OidcConnection | null;
  saml: SamlConnection | null;
  domains: ClaimedDomain[];
  requireSso: boolean;
  idleTimeoutMinutes: number;
  /** Whether a stored SAML signing certificate has expired (sign-in through it fails until new metadata is saved). */
  samlCertificateExpired: boolean;
}

/** Everything the settings page shows (the caller has checked the reader may manage SSO). */
export async function ssoSettings(organizationId: string): Promise<SsoSettings> {
  const [oidc, saml, rest] = await Promise.all([
    getOidcConnection(organizationId),
    getSamlConnection(organizationId),
    withTenant(organizationId, async (db) => ({
      domains: await db.organizationDomain.findMany({ orderBy: { domain: "asc" }, select: { domain: true, verifiedAt: true, createdAt: true } }),
      organization: await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { requireSso: true, idleTimeoutMinutes: true } }),
    })),
  ]);
  return {
    oidc,
    saml,
    domains: rest.domains,
    requireSso: rest.organization.requireSso,
    idleTimeoutMinutes: rest.organization.idleTimeoutMinutes,
    samlCertificateExpired: saml ? saml.metadata.certificatesValidUntil.getTime() <= Date.now() : false,
  };
}

/**
 * Enforcement without an enabled identity provider would lock the domains' people out: when the
 * last enabled connection goes (removed or disabled), SSO stops being required, on the record.
 */
async function relaxIfNoProvider(db: TenantDb, organizationId: string, actor: SsoActor, origin: Partial<RequestOrigin>): Promise<boolean> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { requireSso: true } });
  if (!org.requireSso || (await db.ssoConnection.count({ where: { enabled: true } })) > 0) return false;
  await db.organization.update({ where: { id: organizationId }, data: { requireSso: false } });
  await recordSsoAudit(db, organizationId, actor.userId, "sso.required_off", { metadata: { reason: "no_enabled_identity_provider" } }, origin);
  return true;
}

/** What went wrong with an OIDC form, as a code the page words in the visitor's language; `detail` is the provider's side (English). */
export type OidcErrorCode = "presetUnknown" | "presetValueInvalid" | "issuerRequired" | "clientIdRequired" | "clientIdInvalid" | "secretRequired" | "secretInvalid" | "discovery";

export function explainOidcError(error: SsoConfigError, input: OidcConnectionInput): { field: SsoConfigError["field"]; code: OidcErrorCode; detail: string } {
  const detail = error.message;
  switch (error.field) {
    case "preset":
      return { field: "preset", code: "presetUnknown", detail };
    case "presetValue": {
      const preset = input.preset?.trim() ?? "";
      const fits = isOidcPreset(preset) && presetIssuer(preset, input.presetValue ?? "") !== null;
      return { field: "presetValue", code: fits ? "discovery" : "presetValueInvalid", detail };
    }
    case "issuer":
      return { field: "issuer", code: input.issuer?.trim() ? "discovery" : "issuerRequired", detail };
    case "clientId":
      return { field: "clientId", code: input.clientId?.trim() ? "clientIdInvalid" : "clientIdRequired", detail };
    case "clientSecret":
      return { field: "clientSecret", code: input.clientSecret?.trim() ? "secretInvalid" : "secretRequired", detail };
  }
}

export async function saveOidcSettings(
  organizationId: string,
  actor: SsoActor,
  input: OidcConnectionInput,
  origin: Partial<RequestOrigin> = {},
  options: { timeoutMs?: number } = {},
): Promise<{ connection: OidcConnection; ssoRequiredTurnedOff: boolean }> {
  await authorizeSso(organizationId, actor);
  const { connection } = await saveOidcConnection(organizationId, input, options);
  const ssoRequiredTurnedOff = await withTenant(organizationId, async (db) => {
    await recordSsoAudit(
      db,
      organizationId,
      actor.userId,
      "sso.oidc_saved",
      {
        target: `sso_connection:${connection.id}`,
        // Whether the secret was replaced, never the secret.
        metadata: { preset: connection.preset, issuer: connection.issuer, clientId: connection.clientId, enabled: connection.enabled, secretReplaced: Boolean(input.clientSecret?.trim()) },
      },
      origin,
    );
    return relaxIfNoProvider(db, organizationId, actor, origin);
  });
  return { connection, ssoRequiredTurnedOff };
}

async function removeConnection(organizationId: string, actor: SsoActor, kind: "oidc" | "saml", origin: Partial<RequestOrigin>): Promise<{ removed: boolean; ssoRequiredTurnedOff: boolean }> {
  await authorizeSso(organizationId, actor, false);
  return withTenant(organizationId, async (db) => {
    await assertManager(db, actor);
    const rows = await db.ssoConnection.findMany({ where: { kind }, select: { id: true, issuer: true } });
    if (rows.length === 0) return { removed: false, ssoRequiredTurnedOff: false };
    await db.ssoConnection.deleteMany({ where: { kind } });
    await recordSsoAudit(db, organizationId, actor.userId, kind === "oidc" ? "sso.oidc_removed" : "sso.saml_removed", { target: `sso_connection:${rows[0]!.id}`, metadata: { issuer: rows[0]!.issuer } }, origin);
    return { removed: true, ssoRequiredTurnedOff: await relaxIfNoProvider(db, organizationId, actor, origin) };
  });
}

export function removeOidcSettings(organizationId: string, actor: SsoActor, origin: Partial<RequestOrigin> = {}) {
  return removeConnection(organizationId, actor, "oidc", origin);
}

/** Saves the pasted or uploaded IdP metadata; SamlMetadataError (nothing stored) when it cannot be used. */
export async function saveSamlSettings(
  organizationId: string,
  actor: SsoActor,
  input: { metadataXml: string; enabled: boolean },
  origin: Partial<RequestOrigin> = {},
): Promise<{ connection: SamlConnection; ssoRequiredTurnedOff: boolean }> {
  await authorizeSso(organizationId, actor);
  const connection = await saveSamlConnection(organizationId, input);
  const ssoRequiredTurnedOff = await withTenant(organizationId, async (db) => {
    await recordSsoAudit(
      db,
      organizationId,
      actor.userId,
      "sso.saml_saved",
      {
        target: `sso_connection:${connection.id}`,
        metadata: {
          entityId: connection.metadata.entityId,
          ssoUrl: connection.metadata.ssoUrl,
          certificatesValidUntil: connection.metadata.certificatesValidUntil.toISOString(),
          enabled: connection.enabled,
        },
      },
      origin,
    );
    return relaxIfNoProvider(db, organizationId, actor, origin);
  });
  return { connection, ssoRequiredTurnedOff };
}

export function removeSamlSettings(organizationId: string, actor: SsoActor, origin: Partial<RequestOrigin> = {}) {
  return removeConnection(organizationId, actor, "saml", origin);
}

/** Claims a domain, proved by the actor's own verified address there (read from the users table, not the form). */
export async function claimDomainSettings(organizationId: string, actor: SsoActor, domain: string, origin: Partial<RequestOrigin> = {}): Promise<{ domain: string; verifiedAt: Date }> {
  await authorizeSso(organizationId, actor);
  const user = await withPlatform((db) => db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, emailVerified: true } }));
  const claimed = await claimDomain(organizationId, { userId: actor.userId, email: user.email, emailVerified: user.emailVerified }, domain);
  await withTenant(organizationId, (db) =>
    recordSsoAudit(db, organizationId, actor.userId, "sso.domain_claimed", { target: `domain:${claimed.domain}`, metadata: { provedBy: user.email } }, origin),
  );
  return claimed;
}



/** Turns enforcement on (ending the domains' people's sessions) or off, on the record with the count of ended sessions. */
export async function setSsoRequiredSettings(organizationId: string, actor: SsoActor, required: boolean, origin: Partial<RequestOrigin> = {}): Promise<{ endedSessions: number }> {
  await authorizeSso(organizationId, actor, required);
  const before = await withTenant(organizationId, (db) => db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { requireSso: true } }));
  const result = await setSsoRequired(organizationId, actor.userId, required);
  if (before.requireSso !== required || result.endedSessions > 0) {
    await withTenant(organizationId, (db) =>
      recordSsoAudit(db, organizationId, actor.userId, required ? "sso.required_on" : "sso.required_off", { metadata: { endedSessions: result.endedSessions } }, origin),
    );
  }
  return result;
}

/** Parses the idle timeout as typed: whole minutes from 5 to 1440 (a day). */
export function parseIdleTimeout(value: unknown): number {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const minutes = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(minutes) || minutes < IDLE_TIMEOUT_MIN || minutes > IDLE_TIMEOUT_MAX) {
    throw new SsoSettingsError("idle_timeout_invalid", `The idle timeout is a whole number of minutes from ${IDLE_TIMEOUT_MIN} to ${IDLE_TIMEOUT_MAX}.`);
  }
  return minutes;
}

/** Sets how long a session may stay unused before it ends (any plan: it is not an SSO feature). */
export async function setIdleTimeout(organizationId: string, actor: SsoActor, value: unknown, origin: Partial<RequestOrigin> = {}): Promise<{ minutes: number; changed: boolean }> {
  const minutes = parseIdleTimeout(value);
  return withTenant(organizationId, async (db) => {
    await assertManager(db, actor);
    const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { idleTimeoutMinutes: true } });
    if (org.idleTimeoutMinutes === minutes) return { minutes, changed: false };
    await db.organization.update({ where: { id: organizationId }, data: { idleTimeoutMinutes: minutes } });
    await recordSsoAudit(db, organizationId, actor.userId, "org.idle_timeout_changed", { metadata: { from: org.idleTimeoutMinutes, to: minutes } }, origin);
    return { minutes, changed: true };
  });
}
