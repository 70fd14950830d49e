// SAML 2.0 sign-in for an organization (HTTP-Redirect to the IdP, HTTP-POST back to the ACS),
// on @node-saml/node-saml. Auth.js has no SAML provider, so this opens the database session
// itself — the same row and cookie Auth.js's sessions use (lib/auth/cookies), marked "saml" with
// its organization. Each request id is kept until its response comes back, once (InResponseTo):
// a captured response cannot be replayed, nor an unsolicited one accepted.
import { randomBytes } from "node:crypto";
import type { CacheItem, CacheProvider } from "@node-saml/node-saml";
import { ValidateInResponseTo } from "@node-saml/node-saml";
import { getSamlConnection, samlServiceProvider } from "@/lib/sso";
import { recordPlatformAudit, type RequestOrigin } from "../audit";
import { mayUse } from "../billing/entitlements";
import { getPrisma } from "../db/client";
import { withPlatform } from "../tenancy";
import { SESSION_MAX_AGE_SECONDS, authUrl } from "./config";
import { APP_HOME, safeCallbackPath } from "./guard";
import { admitSsoEmail, joinBySso, SsoIdentityError } from "./sso-identity";

/** How long the IdP has to send its response back. */
export const SAML_REQUEST_TTL_MS = 10 * 60_000;

export class SamlSignInError extends Error {
  constructor(
    readonly code: "no_connection" | "invalid_response" | SsoIdentityError["code"],
    message: string,
  ) {
    super(message);
    this.name = "SamlSignInError";
  }
}

export const samlAccountProvider = (organizationId: string) => `saml-${organizationId}`;

/** Request ids in verification_tokens ("saml-request:<org>"), so any instance can take the response. */
function requestIdStore(organizationId: string): CacheProvider {
  const identifier = `saml-request:${organizationId}`;
  const prisma = getPrisma();
  return {
    async saveAsync(key, value): Promise<CacheItem | null> {
      await prisma.verificationToken.create({ data: { identifier, token: key, expires: new Date(Date.now() + SAML_REQUEST_TTL_MS) } });
      return { value, createdAt: Date.now() };
    },
    async getAsync(key) {
      const row = await prisma.verificationToken.findUnique({ where: { identifier_token: { identifier, token: key } } });
      // node-saml wants back what it saved: the request's creation time.
      return row && row.expires > new Date() ? new Date(row.expires.getTime() - SAML_REQUEST_TTL_MS).toISOString() : null;
    },
    async removeAsync(key) {
      if (!key) return null;
      const { count } = await prisma.verificationToken.deleteMany({ where: { identifier, token: key } });
      return count ? key : null;
    },
  };
}

async function serviceProvider(organizationId: string) {
  const connection = await getSamlConnection(organizationId);
  if (!connection?.enabled || !(await mayUse(organizationId, "saml"))) {
    throw new SamlSignInError("no_connection", "This organization has no SAML sign-in set up, or its plan does not include it.");
  }
  return samlServiceProvider(organizationId, authUrl(), connection.metadata, {
    cacheProvider: requestIdStore(organizationId),
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: SAML_REQUEST_TTL_MS,
  });
}

/** The IdP address that starts the sign-in; the IdP sends the person back to `callbackUrl` (a path here). */
export async function startSamlSignIn(organizationId: string, callbackUrl: string | null): Promise<string> {
  const sp = await serviceProvider(organizationId);
  return sp.getAuthorizeUrlAsync(safeCallbackPath(callbackUrl) ?? APP_HOME, undefined, {});
}

export interface SamlSession {
  sessionToken: string;
  expires: Date;
  userId: string;
  email: string;
  redirectTo: string;
}

/**
 * Checks the IdP's posted response (signature, audience, recipient, times, InResponseTo), admits
 * the address (lib/auth/sso-identity), and opens a session for it. Throws SamlSignInError.
 */
export async function completeSamlSignIn(
  organizationId: string,
  form: { SAMLResponse?: string | null; RelayState?: string | null },
  origin: Partial<RequestOrigin> = {},
): Promise<SamlSession> {
  const sp = await serviceProvider(organizationId);
  let profile;
  try {
    if (!form.SAMLResponse) throw new Error("no SAMLResponse in the form");
    ({ profile } = await sp.validatePostResponseAsync({ SAMLResponse: form.SAMLResponse, ...(form.RelayState ? { RelayState: form.RelayState } : {}) }));
    if (!profile) throw new Error("the response has no assertion");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordPlatformAudit({ action: "auth.sign_in_failed", metadata: { provider: "saml", organizationId, reason: reason.slice(0, 200) }, ...origin });
    throw new SamlSignInError("invalid_response", `The identity provider's response was refused: ${reason}`);
  }
  const asserted = profile.email ?? profile.mail ?? profile["urn:oid:0.9.2342.19200300.100.1.3"] ?? profile.nameID;
  let email: string;
  try {
    email = await admitSsoEmail(organizationId, asserted);
  } catch (error) {
    if (!(error instanceof SsoIdentityError)) throw error;
    await recordPlatformAudit({ action: "auth.sign_in_failed", target: typeof asserted === "string" ? asserted.slice(0, 254) : null, metadata: { provider: "saml", organizationId, reason: error.code }, ...origin });
    throw new SamlSignInError(error.code, error.message);
  }
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  const sessionToken = randomBytes(32).toString("hex");
  const { user, isNewUser } = await withPlatform(async (db) => {
    const existing = await db.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
    const user = existing
      ? existing.emailVerified
        ? existing
        : await db.user.update({ where: { id: existing.id }, data: { emailVerified: new Date() }, select: { id: true, emailVerified: true } })
      : await db.user.create({ data: { email, emailVerified: new Date() }, select: { id: true, emailVerified: true } });
    const provider = samlAccountProvider(organizationId);
    await db.account.upsert({
      where: { provider_providerAccountId: { provider, providerAccountId: profile.nameID } },
      create: { userId: user.id, type: "saml", provider, providerAccountId: profile.nameID },
      update: {},
    });
    await db.session.create({ data: { sessionToken, userId: user.id, expires, authMethod: "saml", ssoOrganizationId: organizationId } });
    return { user, isNewUser: !existing };
  });
  await joinBySso(organizationId, user.id, origin);
  await recordPlatformAudit({
    action: "auth.sign_in",
    actorUserId: user.id,
    target: `user:${user.id}`,
    metadata: { provider: "saml", organizationId, newUser: isNewUser },
    ...origin,
  });
  return { sessionToken, expires, userId: user.id, email, redirectTo: safeCallbackPath(form.RelayState) ?? APP_HOME };
}
