// The current organization's single sign-on and security settings, for its owners and admins
// (everyone else gets the 403 page): the OpenID Connect and SAML connections with the addresses
// to give the identity provider, the claimed email domains, SSO enforcement and the idle
// timeout. Plain forms posting to server actions: it works without JavaScript, and every action
// re-checks who may do it.
import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { forbidden } from "next/navigation";
import { TextField, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n";
import { can } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import {
  IDLE_TIMEOUT_MAX,
  IDLE_TIMEOUT_MIN,
  OIDC_PRESETS,
  isOidcPreset,
  oidcRedirectUri,
  samlAcsUrl,
  samlEntityId,
  samlMetadataUrl,
  ssoAllowed,
  ssoSettings,
  type OidcErrorCode,
  type OidcPreset,
} from "@/lib/sso";
import {
  claimDomainAction,
  removeDomainAction,
  removeOidcAction,
  removeSamlAction,
  saveOidcAction,
  saveSamlAction,
  setIdleTimeoutAction,
  setSsoRequiredAction,
} from "./actions";
import { ConnectionForm, FieldShell } from "./connection-form";
import { SSO_FLASH_COOKIE, SSO_PATH, decodeFlash } from "./flash";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("sso.link"), robots: { index: false } };
}

const OIDC_ERRORS: readonly OidcErrorCode[] = ["presetUnknown", "presetValueInvalid", "issuerRequired", "clientIdRequired", "clientIdInvalid", "secretRequired", "secretInvalid", "discovery"];
const DOMAIN_ERRORS = ["invalid_domain", "not_proved", "public_domain", "claimed_elsewhere", "not_claimed"] as const;
const REQUIRE_ERRORS = ["no_sso", "no_domain"] as const;
const COMMON_ERRORS = ["forbidden", "notAllowed", "notMember"] as const;
const DONE = ["oidcSaved", "oidcRemoved", "samlSaved", "samlRemoved", "domainClaimed", "domainRemoved", "requiredOn", "requiredOff", "idleSaved"] as const;
const SECTIONS = ["oidc", "saml", "domains", "require", "idle"] as const;
const PRESETS = Object.keys(OIDC_PRESETS) as OidcPreset[];

const find = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => list.find((v) => v === value);
const selectClass = "block w-full max-w-md rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";
const codeClass = "block max-w-full overflow-x-auto rounded bg-slate-100 px-2 py-1 font-mono text-sm text-slate-900 break-all";

function day(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** What the admin entered for a stored preset connection, read back from its issuer (Google's issuer does not carry the Workspace domain). */
function presetValueOf(preset: OidcPreset | null, issuer: string): string {
  try {
    const url = new URL(issuer);
    if (preset === "okta") return url.hostname;
    if (preset === "microsoft-entra-id") return decodeURIComponent(url.pathname.split("/")[1] ?? "");
  } catch {
    // not a URL: nothing to show
  }
  return "";
}

/** An address to copy into the identity provider's settings. */
function Address({ id, label, value, hint }: { id: string; label: string; value: string; hint: string }) {
  return (
    <div className="space-y-1">
      <dt id={`${id}-label`} className="font-semibold text-slate-900">
        {label}
      </dt>
      <dd className="space-y-1">
        <code id={id} className={codeClass} aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
          {value}
        </code>
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      </dd>
    </div>
  );
}

export default async function SsoPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser(SSO_PATH);
  const params = await searchParams;
  const { t, locale } = await getI18n();
  const current = await currentOrganization(await membershipsOf(user.id));
  if (!current) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("sso.link")}</h1>
        <p className="text-slate-700">
          <Link href="/app#create" className="link">
            {t("sso.noOrganization")}
          </Link>
        </p>
      </div>
    );
  }
  if (!can(current.role, "sso.manage")) forbidden();
  const [allowed, settings] = await Promise.all([ssoAllowed(current.id), ssoSettings(current.id)]);
  const flash = decodeFlash((await cookies()).get(SSO_FLASH_COOKIE)?.value);

  const errorParam = one(params.error);
  const field = one(params.field);
  const section = find(SECTIONS, one(params.section));
  const oidcError = find(OIDC_ERRORS, errorParam);
  const samlError = errorParam === "metadata" ? "metadata" : undefined;
  const domainError = field === "domain" || section === "domains" ? find(DOMAIN_ERRORS, errorParam) : undefined;
  const requireError = find(REQUIRE_ERRORS, errorParam);
  const idleError = errorParam === "idle_timeout_invalid" ? "idle_timeout_invalid" : undefined;
  const commonError = find(COMMON_ERRORS, errorParam);
  const done = find(DONE, one(params.done));
  const detailFor = (code: string) => (flash?.code === code ? flash.detail : "");

  const oidcMessage = oidcError
    ? oidcError === "discovery"
      ? t("sso.oidc.error.discovery", { detail: detailFor("discovery") || t("sso.oidc.error.discoveryUnknown") })
      : t(`sso.oidc.error.${oidcError}`)
    : undefined;
  const oidcFieldError = (name: string) => (oidcError && field === name ? oidcMessage : undefined);
  const samlMessage = samlError ? t("sso.saml.error.metadata", { detail: detailFor("metadata") || t("sso.saml.error.metadataUnknown") }) : undefined;
  const domainMessage = domainError ? t(`sso.domains.error.${domainError}`, { domain: one(params.domain) ?? "" }) : undefined;
  const idleMessage = idleError ? t("sso.idle.error", { min: IDLE_TIMEOUT_MIN, max: IDLE_TIMEOUT_MAX }) : undefined;
  const problem = Boolean(oidcError || samlError || domainError || requireError || idleError || commonError);

  const orgField = <input type="hidden" name="organization" value={current.id} />;
  const oidc = settings.oidc;
  const saml = settings.saml;
  const keep = Boolean(oidcError);
  const presetNow = keep ? (one(params.preset) ?? "") : (oidc?.preset ?? "");
  const emailDomain = user.email.split("@").pop() ?? "";
  const verifiedDomains = settings.domains.filter((d) => d.verifiedAt);
  const ended = Number(one(params.ended) ?? 0);
  const doneText = (() => {
    if (!done) return null;
    if (done === "domainClaimed" || done === "domainRemoved") return t(`sso.done.${done}`, { domain: one(params.domain) ?? "" });
    if (done === "requiredOn") return t("sso.done.requiredOn", { n: Number.isFinite(ended) ? ended : 0 });
    return t(`sso.done.${done}`);
  })();

  return (
    <div className="space-y-10">
      <section aria-labelledby="sso-title" className="space-y-4">
        <h1 id="sso-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("sso.title", { organization: current.name })}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("sso.intro")}</p>
        {doneText ? (
          <Notice role="status">
            <p>{doneText}</p>
            {one(params.relaxed) ? <p>{t("sso.done.relaxed")}</p> : null}
          </Notice>
        ) : null}
        {problem ? (
          <Notice tone="error" role="alert">
            <p>{commonError ? t(`sso.error.${commonError}`) : t("sso.error.summary")}</p>
          </Notice>
        ) : null}
        {!allowed ? (
          <Notice tone="warning" title={t("sso.plan.title")}>
            <p>{t("sso.plan.body")}</p>
            <p>
              <Link href="/app/billing" className="link">
                {t("sso.plan.upgrade")}
              </Link>
            </p>
          </Notice>
        ) : null}
        <p className="text-slate-700">
          <Link href="/app/audit" className="link">
            {t("sso.auditLink")}
          </Link>
        </p>
      </section>

      {allowed ? (
        <section id="oidc" aria-labelledby="oidc-title" className="max-w-3xl space-y-4">
          <h2 id="oidc-title" className="text-xl font-semibold text-slate-900">
            {t("sso.oidc.title")}
          </h2>
          <p className="text-slate-700">{t("sso.oidc.intro")}</p>
          <dl className="space-y-3">
            <Address id="oidc-redirect-uri" label={t("sso.oidc.redirectUri")} value={oidcRedirectUri(current.id)} hint={t("sso.oidc.redirectUriHint")} />
          </dl>
          {oidc ? (
            <Notice title={t("sso.oidc.stored")} headingLevel={3}>
              <p>{t("sso.oidc.storedIssuer", { issuer: oidc.issuer })}</p>
              <p>{t("sso.oidc.storedClient", { clientId: oidc.clientId })}</p>
              <p>{oidc.enabled ? t("sso.state.enabled") : t("sso.state.disabled")}</p>
              <p>{t("sso.oidc.storedAt", { date: day(oidc.updatedAt, locale) })}</p>
            </Notice>
          ) : (
            <p className="text-slate-700">{t("sso.oidc.none")}</p>
          )}
          <ConnectionForm
            organizationId={current.id}
            saveAction={saveOidcAction}
            removeAction={removeOidcAction}
            stored={Boolean(oidc)}
            enabled={{ id: "oidc-enabled", label: t("sso.oidc.enabled"), hint: t("sso.enabledHint"), defaultChecked: keep ? one(params.enabled) === "on" : (oidc?.enabled ?? false) }}
            saveLabel={t("sso.oidc.save")}
            removeLabel={t("sso.oidc.remove")}
          >
            <FieldShell id="oidc-preset" label={t("sso.oidc.preset")} hint={t("sso.oidc.presetHint")} error={oidcFieldError("preset")}>
              <select
                id="oidc-preset"
                name="preset"
                defaultValue={isOidcPreset(presetNow) ? presetNow : ""}
                className={selectClass}
                aria-describedby={[oidcFieldError("preset") ? "oidc-preset-error" : "", "oidc-preset-hint"].filter(Boolean).join(" ")}
                aria-invalid={oidcFieldError("preset") ? true : undefined}
                autoFocus={Boolean(oidcFieldError("preset"))}
              >
                <option value="">{t("sso.oidc.presetCustom")}</option>
                {PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {OIDC_PRESETS[p].name}
                  </option>
                ))}
              </select>
            </FieldShell>
            <TextField
              id="oidc-preset-value"
              name="presetValue"
              maxLength={253}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              label={t("sso.oidc.presetValue")}
              hint={t("sso.oidc.presetValueHint")}
              error={oidcFieldError("presetValue")}
              defaultValue={keep ? (one(params.presetValue) ?? "") : oidc ? presetValueOf(oidc.preset, oidc.issuer) : ""}
              autoFocus={Boolean(oidcFieldError("presetValue"))}
            />
            <TextField
              id="oidc-issuer"
              name="issuer"
              type="url"
              maxLength={2000}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              label={t("sso.oidc.issuer")}
              hint={t("sso.oidc.issuerHint")}
              error={oidcFieldError("issuer")}
              defaultValue={keep ? (one(params.issuer) ?? "") : oidc && !oidc.preset ? oidc.issuer : ""}
              autoFocus={Boolean(oidcFieldError("issuer"))}
            />
            <TextField
              id="oidc-client-id"
              name="clientId"
              required
              maxLength={255}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              label={t("sso.oidc.clientId")}
              error={oidcFieldError("clientId")}
              defaultValue={keep ? (one(params.clientId) ?? "") : (oidc?.clientId ?? "")}
              autoFocus={Boolean(oidcFieldError("clientId"))}
            />
            <TextField
              id="oidc-client-secret"
              name="clientSecret"
              type="password"
              maxLength={4000}
              autoComplete="new-password"
              label={t("sso.oidc.clientSecret")}
              hint={oidc?.hasSecret ? t("sso.oidc.clientSecretStored") : t("sso.oidc.clientSecretHint")}
              error={oidcFieldError("clientSecret")}
              autoFocus={Boolean(oidcFieldError("clientSecret"))}
            />
          </ConnectionForm>
        </section>
      ) : null}

      {allowed ? (
        <section id="saml" aria-labelledby="saml-title" className="max-w-3xl space-y-4">
          <h2 id="saml-title" className="text-xl font-semibold text-slate-900">
            {t("sso.saml.title")}
          </h2>
          <p className="text-slate-700">{t("sso.saml.intro")}</p>
          <dl className="space-y-3">
            <Address id="saml-entity-id" label={t("sso.saml.entityId")} value={samlEntityId(current.id)} hint={t("sso.saml.entityIdHint")} />
            <Address id="saml-acs-url" label={t("sso.saml.acsUrl")} value={samlAcsUrl(current.id)} hint={t("sso.saml.acsUrlHint")} />
            <Address id="saml-metadata-url" label={t("sso.saml.metadataUrl")} value={samlMetadataUrl(current.id)} hint={t("sso.saml.metadataUrlHint")} />
          </dl>
          {saml ? (
            <Notice title={t("sso.saml.stored")} headingLevel={3}>
              <p>{t("sso.saml.storedEntity", { entityId: saml.metadata.entityId })}</p>
              <p>{t("sso.saml.storedSsoUrl", { url: saml.metadata.ssoUrl })}</p>
              <p>{t("sso.saml.storedCertificates", { n: saml.metadata.signingCertificates.length, date: day(saml.metadata.certificatesValidUntil, locale) })}</p>
              {settings.samlCertificateExpired ? <p className="font-semibold">{t("sso.saml.expired")}</p> : null}
              <p>{saml.enabled ? t("sso.state.enabled") : t("sso.state.disabled")}</p>
            </Notice>
          ) : (
            <p className="text-slate-700">{t("sso.saml.none")}</p>
          )}
          <ConnectionForm
            organizationId={current.id}
            saveAction={saveSamlAction}
            removeAction={removeSamlAction}
            stored={Boolean(saml)}
            enabled={{ id: "saml-enabled", label: t("sso.saml.enabled"), hint: t("sso.enabledHint"), defaultChecked: samlError ? one(params.enabled) === "on" : (saml?.enabled ?? false) }}
            saveLabel={t("sso.saml.save")}
            removeLabel={t("sso.saml.remove")}
          >
            <FieldShell id="saml-metadata" label={t("sso.saml.metadata")} hint={t("sso.saml.metadataHint")} error={samlMessage}>
              <textarea
                id="saml-metadata"
                name="metadataXml"
                rows={8}
                spellCheck={false}
                className={`${inputClass} max-w-none font-mono text-sm`}
                aria-describedby={[samlMessage ? "saml-metadata-error" : "", "saml-metadata-hint"].filter(Boolean).join(" ")}
                aria-invalid={samlMessage ? true : undefined}
                autoFocus={Boolean(samlMessage)}
              />
            </FieldShell>
            <FieldShell id="saml-metadata-file" label={t("sso.saml.file")} hint={t("sso.saml.fileHint")}>
              <input id="saml-metadata-file" name="metadataFile" type="file" accept=".xml,application/xml,text/xml,application/samlmetadata+xml" aria-describedby="saml-metadata-file-hint" className="block text-sm" />
            </FieldShell>
          </ConnectionForm>
        </section>
      ) : null}

      {allowed ? (
        <section id="domains" aria-labelledby="domains-title" className="max-w-3xl space-y-4">
          <h2 id="domains-title" className="text-xl font-semibold text-slate-900">
            {t("sso.domains.title")}
          </h2>
          <p className="text-slate-700">{t("sso.domains.intro", { email: user.email })}</p>
          {domainError && field !== "domain" ? (
            <p role="alert" className="font-medium text-red-800">
              {domainMessage}
            </p>
          ) : null}
          {settings.domains.length === 0 ? (
            <p className="text-slate-700">{t("sso.domains.empty")}</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="pb-2 text-left font-semibold text-slate-900">{t("sso.domains.caption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t("sso.domains.domain")}</th>
                  <th scope="col" className="py-2 pr-4">{t("sso.domains.verified")}</th>
                  <th scope="col" className="py-2">{t("sso.domains.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {settings.domains.map((d) => (
                  <tr key={d.domain} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">{d.domain}</th>
                    <td className="py-2 pr-4">{d.verifiedAt ? <time dateTime={d.verifiedAt.toISOString()}>{day(d.verifiedAt, locale)}</time> : t("sso.domains.unverified")}</td>
                    <td className="py-2">
                      <form action={removeDomainAction}>
                        {orgField}
                        <input type="hidden" name="domain" value={d.domain} />
                        <button type="submit" className={secondaryButtonClass} aria-label={t("sso.domains.removeLabel", { domain: d.domain })}>
                          {t("sso.domains.remove")}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form action={claimDomainAction} className="space-y-4" noValidate>
            {orgField}
            <TextField
              id="domain"
              name="domain"
              required
              maxLength={253}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              label={t("sso.domains.claimLabel")}
              hint={t("sso.domains.claimHint", { domain: emailDomain })}
              error={domainError && field === "domain" ? domainMessage : undefined}
              defaultValue={domainError && field === "domain" ? (one(params.domain) ?? "") : emailDomain}
              autoFocus={Boolean(domainError && field === "domain")}
            />
            <button type="submit" className={primaryButtonClass}>
              {t("sso.domains.claim")}
            </button>
          </form>
        </section>
      ) : null}

      {allowed || settings.requireSso ? (
        <section id="require" aria-labelledby="require-title" className="max-w-3xl space-y-4">
          <h2 id="require-title" className="text-xl font-semibold text-slate-900">
            {t("sso.require.title")}
          </h2>
          <p className="text-slate-700">{settings.requireSso ? t("sso.require.on") : t("sso.require.off")}</p>
          {requireError ? (
            <p role="alert" className="font-medium text-red-800">
              {t(`sso.require.error.${requireError}`)}
            </p>
          ) : null}
          {settings.requireSso ? (
            <form action={setSsoRequiredAction}>
              {orgField}
              <input type="hidden" name="required" value="off" />
              <button type="submit" className={secondaryButtonClass}>
                {t("sso.require.turnOff")}
              </button>
            </form>
          ) : (
            <>
              <Notice tone="warning" title={t("sso.require.warningTitle")} headingLevel={3}>
                <p id="require-warning">
                  {t("sso.require.warning", {
                    domains: verifiedDomains.length ? verifiedDomains.map((d) => d.domain).join(", ") : t("sso.require.noDomains"),
                  })}
                </p>
              </Notice>
              <form action={setSsoRequiredAction}>
                {orgField}
                <input type="hidden" name="required" value="on" />
                <button type="submit" className={primaryButtonClass} aria-describedby="require-warning">
                  {t("sso.require.turnOn")}
                </button>
              </form>
            </>
          )}
        </section>
      ) : null}

      <section id="idle" aria-labelledby="idle-title" className="max-w-3xl space-y-4">
        <h2 id="idle-title" className="text-xl font-semibold text-slate-900">
          {t("sso.idle.title")}
        </h2>
        <form action={setIdleTimeoutAction} className="space-y-4" noValidate>
          {orgField}
          <TextField
            id="idle-timeout"
            name="idleTimeout"
            type="number"
            inputMode="numeric"
            min={IDLE_TIMEOUT_MIN}
            max={IDLE_TIMEOUT_MAX}
            step={1}
            required
            label={t("sso.idle.label")}
            hint={t("sso.idle.hint", { min: IDLE_TIMEOUT_MIN, max: IDLE_TIMEOUT_MAX })}
            error={idleMessage}
            defaultValue={idleError ? (one(params.idleTimeout) ?? "") : String(settings.idleTimeoutMinutes)}
            autoFocus={Boolean(idleMessage)}
          />
          <button type="submit" className={primaryButtonClass}>
            {t("sso.idle.save")}
          </button>
        </form>
      </section>
    </div>
  );
}
