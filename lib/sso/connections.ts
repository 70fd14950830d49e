// An organization's OpenID Connect connection: what its admin enters (a preset and its value, or
// an issuer URL; the client id and secret), checked against the provider's discovery document,
// then stored in sso_connections with the secret sealed (lib/security/secrets.ts). Callers check
// that the person is an admin of the organization before calling (docs/adr/0008).
import { z } from "zod";
import { openSecret, sealSecret } from "@/lib/security/secrets";
import { withTenant } from "@/lib/tenancy";
import { discoverOidcProvider, OidcDiscoveryError, type DiscoveredProvider } from "./discovery";
import { isOidcPreset, OIDC_PRESETS, presetIssuer, type OidcPreset } from "./presets";

export class SsoConfigError extends Error {
  constructor(
    /** The form field at fault. */
    readonly field: "preset" | "presetValue" | "issuer" | "clientId" | "clientSecret",
    message: string,
  ) {
    super(message);
    this.name = "SsoConfigError";
  }
}

const input = z.object({
  preset: z.string().trim().optional(),
  presetValue: z.string().trim().max(253).optional(),
  issuer: z.string().trim().max(2000).optional(),
  clientId: z.string().trim().min(1, "Enter the client id the identity provider gave you.").max(255),
  /** Empty keeps the stored secret (an admin changing another field need not type it again). */
  clientSecret: z.string().max(4000).optional(),
  enabled: z.boolean().default(false),
});

export type OidcConnectionInput = z.input<typeof input>;

export interface OidcConnection {
  id: string;
  preset: OidcPreset | null;
  issuer: string;
  clientId: string;
  enabled: boolean;
  hasSecret: boolean;
  updatedAt: Date;
}

const secretContext = (organizationId: string) => `sso.client_secret:${organizationId}`;

function issuerOf(data: z.output<typeof input>): { preset: OidcPreset | null; issuer: string } {
  if (data.preset) {
    if (!isOidcPreset(data.preset)) throw new SsoConfigError("preset", `Unknown provider "${data.preset}".`);
    const issuer = presetIssuer(data.preset, data.presetValue ?? "");
    if (!issuer) {
      const asks = OIDC_PRESETS[data.preset].asks === "tenant" ? "the directory (tenant) id or a domain of the tenant" : "the domain";
      throw new SsoConfigError("presetValue", `Enter ${asks} for ${OIDC_PRESETS[data.preset].name}.`);
    }
    return { preset: data.preset, issuer };
  }
  if (!data.issuer) throw new SsoConfigError("issuer", "Enter the issuer URL of your identity provider, or choose a provider.");
  return { preset: null, issuer: data.issuer };
}

/**
 * Saves (creates or replaces) the organization's OIDC connection after discovery succeeds.
 * Throws SsoConfigError naming the field at fault; nothing is stored then.
 */
export async function saveOidcConnection(
  organizationId: string,
  raw: OidcConnectionInput,
  options: { timeoutMs?: number } = {},
): Promise<{ connection: OidcConnection; provider: DiscoveredProvider }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SsoConfigError(String(issue.path[0]) as SsoConfigError["field"], issue.message);
  }
  const { preset, issuer } = issuerOf(parsed.data);
  let provider: DiscoveredProvider;
  try {
    provider = await discoverOidcProvider(issuer, options);
  } catch (error) {
    if (error instanceof OidcDiscoveryError) throw new SsoConfigError(preset ? "presetValue" : "issuer", error.message);
    throw error;
  }
  const secret = parsed.data.clientSecret?.trim();
  const row = await withTenant(organizationId, async (db) => {
    const existing = await db.ssoConnection.findFirst({ where: { kind: "oidc" } });
    if (!secret && !existing?.clientSecretEncrypted) throw new SsoConfigError("clientSecret", "Enter the client secret the identity provider gave you.");
    const data = {
      preset,
      issuer: provider.issuer,
      clientId: parsed.data.clientId,
      enabled: parsed.data.enabled,
      ...(secret ? { clientSecretEncrypted: sealSecret(secret, secretContext(organizationId)) } : {}),
    };
    return existing
      ? db.ssoConnection.update({ where: { id: existing.id }, data })
      : db.ssoConnection.create({ data: { ...data, organizationId, kind: "oidc" } });
  });
  return { connection: view(row), provider };
}

export async function getOidcConnection(organizationId: string): Promise<OidcConnection | null> {
  const row = await withTenant(organizationId, (db) => db.ssoConnection.findFirst({ where: { kind: "oidc" } }));
  return row ? view(row) : null;
}

/** The client secret in the clear, for the sign-in flow's token request only. */
export async function oidcClientSecret(organizationId: string): Promise<string | null> {
  const row = await withTenant(organizationId, (db) => db.ssoConnection.findFirst({ where: { kind: "oidc" }, select: { clientSecretEncrypted: true } }));
  return row?.clientSecretEncrypted ? openSecret(row.clientSecretEncrypted, secretContext(organizationId)) : null;
}

function view(row: { id: string; preset: string | null; issuer: string | null; clientId: string | null; enabled: boolean; clientSecretEncrypted: string | null; updatedAt: Date }): OidcConnection {
  return {
    id: row.id,
    preset: row.preset && isOidcPreset(row.preset) ? row.preset : null,
    issuer: row.issuer ?? "",
    clientId: row.clientId ?? "",
    enabled: row.enabled,
    hasSecret: Boolean(row.clientSecretEncrypted),
    updatedAt: row.updatedAt,
  };
}
