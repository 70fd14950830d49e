"use server";

// Server actions of /app/sso. Each re-checks the session and the user's role in the
// organization the form names (owner or admin) before any work, and lib/sso checks the role
// again inside its own transaction. Refusals come back as a code in the address, shown next to
// the field they concern; the provider's own explanation (a discovery failure, a metadata
// problem) travels in a short-lived http-only cookie, so a crafted link cannot put words on the
// page.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { requestOrigin, type RequestOrigin } from "@/lib/audit";
import { can, MembersError } from "@/lib/members";
import { membershipIn } from "@/lib/orgs";
import {
  claimDomainSettings,
  DomainClaimError,
  explainOidcError,
  removeDomain,
  removeOidcSettings,
  removeSamlSettings,
  SamlMetadataError,
  saveOidcSettings,
  saveSamlSettings,
  setIdleTimeout,
  setSsoRequiredSettings,
  SsoConfigError,
  SsoSettingsError,
} from "@/lib/sso";
import { SSO_FLASH_COOKIE, SSO_PATH, encodeFlash } from "./flash";

const MAX_METADATA_BYTES = 1_000_000;

function back(params: Record<string, string>, anchor?: string): never {
  const query = new URLSearchParams(params).toString();
  redirect(`${SSO_PATH}${query ? `?${query}` : ""}${anchor ? `#${anchor}` : ""}`);
}

/** The signed-in user, the organization the form names (where they are an owner or admin) and the request's origin. */
async function context(form: FormData) {
  const user = await requireUser(SSO_PATH);
  const organizationId = String(form.get("organization") ?? "");
  const role = await membershipIn(user.id, organizationId);
  if (!role) back({ error: "notMember" });
  if (!can(role, "sso.manage")) back({ error: "forbidden" });
  return { user, organizationId, actor: { userId: user.id }, origin: requestOrigin(await headers()) as RequestOrigin };
}

async function flash(code: string, detail: string) {
  (await cookies()).set(SSO_FLASH_COOKIE, encodeFlash({ code, detail }), { httpOnly: true, sameSite: "lax", path: SSO_PATH, maxAge: 120 });
}

async function clearFlash() {
  (await cookies()).delete({ name: SSO_FLASH_COOKIE, path: SSO_PATH });
}

/** A refusal every section can meet: the role, the plan. */
function common(error: unknown, section: string): void {
  if (error instanceof MembersError) back({ error: "forbidden", section }, section);
  if (error instanceof SsoSettingsError && error.code === "not_allowed") back({ error: "notAllowed", section }, section);
}

const text = (form: FormData, name: string, max: number) => String(form.get(name) ?? "").slice(0, max);

export async function saveOidcAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  const input = {
    preset: text(form, "preset", 64),
    presetValue: text(form, "presetValue", 300),
    issuer: text(form, "issuer", 2100),
    clientId: text(form, "clientId", 300),
    clientSecret: String(form.get("clientSecret") ?? ""),
    enabled: form.get("enabled") === "on",
  };
  let relaxed = false;
  try {
    relaxed = (await saveOidcSettings(organizationId, actor, input, origin)).ssoRequiredTurnedOff;
  } catch (error) {
    common(error, "oidc");
    if (!(error instanceof SsoConfigError)) throw error;
    const explained = explainOidcError(error, input);
    if (explained.code === "discovery") await flash("discovery", explained.detail);
    // What the admin typed comes back into the form; never the secret.
    back({ error: explained.code, field: explained.field, preset: input.preset, presetValue: input.presetValue, issuer: input.issuer, clientId: input.clientId, enabled: input.enabled ? "on" : "" }, "oidc");
  }
  await clearFlash();
  back({ done: "oidcSaved", ...(relaxed ? { relaxed: "1" } : {}) }, "oidc");
}

export async function removeOidcAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  let relaxed = false;
  try {
    relaxed = (await removeOidcSettings(organizationId, actor, origin)).ssoRequiredTurnedOff;
  } catch (error) {
    common(error, "oidc");
    throw error;
  }
  back({ done: "oidcRemoved", ...(relaxed ? { relaxed: "1" } : {}) }, "oidc");
}

/** The metadata: an uploaded file when one is chosen, else the pasted text. */
async function metadataOf(form: FormData): Promise<string> {
  const file = form.get("metadataFile");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_METADATA_BYTES) return " ".repeat(MAX_METADATA_BYTES + 1); // parseIdpMetadata explains the limit
    return file.text();
  }
  return String(form.get("metadataXml") ?? "").slice(0, MAX_METADATA_BYTES + 1);
}

export async function saveSamlAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  let relaxed = false;
  try {
    relaxed = (await saveSamlSettings(organizationId, actor, { metadataXml: await metadataOf(form), enabled: form.get("enabled") === "on" }, origin)).ssoRequiredTurnedOff;
  } catch (error) {
    common(error, "saml");
    if (!(error instanceof SamlMetadataError)) throw error;
    await flash("metadata", error.message);
    back({ error: "metadata", field: "metadataXml", enabled: form.get("enabled") === "on" ? "on" : "" }, "saml");
  }
  await clearFlash();
  back({ done: "samlSaved", ...(relaxed ? { relaxed: "1" } : {}) }, "saml");
}

export async function removeSamlAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  let relaxed = false;
  try {
    relaxed = (await removeSamlSettings(organizationId, actor, origin)).ssoRequiredTurnedOff;
  } catch (error) {
    common(error, "saml");
    throw error;
  }
  back({ done: "samlRemoved", ...(relaxed ? { relaxed: "1" } : {}) }, "saml");
}

export async function claimDomainAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  const domain = text(form, "domain", 260);
  let claimed = "";
  try {
    claimed = (await claimDomainSettings(organizationId, actor, domain, origin)).domain;
  } catch (error) {
    common(error, "domains");
    if (!(error instanceof DomainClaimError)) throw error;
    back({ error: error.code, field: "domain", domain }, "domains");
  }
  back({ done: "domainClaimed", domain: claimed }, "domains");
}

export async function removeDomainAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  const domain = text(form, "domain", 260);
  let result: Awaited<ReturnType<typeof removeDomain>> | undefined;
  try {
    result = await removeDomain(organizationId, actor.userId, domain, origin);
  } catch (error) {
    common(error, "domains");
    if (!(error instanceof DomainClaimError)) throw error;
    back({ error: error.code, section: "domains" }, "domains");
  }
  back({ done: "domainRemoved", domain: result!.domain, ...(result!.ssoRequiredTurnedOff ? { relaxed: "1" } : {}) }, "domains");
}

export async function setSsoRequiredAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  const required = form.get("required") === "on";
  let ended = 0;
  try {
    ended = (await setSsoRequiredSettings(organizationId, actor, required, origin)).endedSessions;
  } catch (error) {
    common(error, "require");
    if (!(error instanceof DomainClaimError)) throw error;
    back({ error: error.code, section: "require" }, "require");
  }
  back({ done: required ? "requiredOn" : "requiredOff", ...(required ? { ended: String(ended) } : {}) }, "require");
}

export async function setIdleTimeoutAction(form: FormData): Promise<void> {
  const { organizationId, actor, origin } = await context(form);
  const minutes = text(form, "idleTimeout", 10);
  try {
    await setIdleTimeout(organizationId, actor, minutes, origin);
  } catch (error) {
    common(error, "idle");
    if (!(error instanceof SsoSettingsError)) throw error;
    back({ error: error.code, field: "idleTimeout", idleTimeout: minutes }, "idle");
  }
  back({ done: "idleSaved" }, "idle");
}
