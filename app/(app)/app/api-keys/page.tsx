// The current organization's API keys for /api/v1 (/app/api-keys), for its owners and admins:
// the keys (never their secrets), a form to create one — its secret shown once — and revocation
// after a confirmation step (a plain link and form: it works without JavaScript).
import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyCreateForm } from "@/components/app/api-key-create-form";
import { primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { When } from "@/components/app/when";
import { Notice } from "@/components/ui/notice";
import { API_KEY_SCOPES, DEFAULT_API_KEY_SCOPES, listApiKeys } from "@/lib/apikeys";
import { requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { can, listMembers } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import { revokeApiKeyAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("apiKeys.title"), robots: { index: false } };
}

const cell = "border-t border-slate-200 px-2 py-2 align-top";

export default async function ApiKeysPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/app/api-keys");
  const params = await searchParams;
  const { t, rich, locale } = await getI18n();
  const current = await currentOrganization(await membershipsOf(user.id));
  const heading = <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("apiKeys.title")}</h1>;
  if (!current) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{rich("apiKeys.noOrganization", { link: (c) => <Link href="/app#create" className="link">{c}</Link> })}</p>
      </div>
    );
  }
  if (!can(current.role, "apikeys.manage")) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{t("apiKeys.forbidden", { name: current.name })}</p>
      </div>
    );
  }
  const [keys, members] = await Promise.all([listApiKeys(current.id), listMembers(current.id)]);
  const emails = new Map(members.map((m) => [m.userId, m.email]));
  const confirming = keys.find((k) => k.id === one(params.revoke) && !k.revokedAt);
  const scopeLabel = (scope: string) => {
    const key = `apiKeys.scope.${scope}` as MessageKey;
    const text = (t as (k: MessageKey) => string)(key);
    return text === key ? (API_KEY_SCOPES as Record<string, string>)[scope] ?? scope : text;
  };
  const error = one(params.error);
  const orgField = <input type="hidden" name="organization" value={current.id} />;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        {heading}
        <p className="text-slate-700">{t("apiKeys.intro", { name: current.name })}</p>
        {one(params.done) === "revoked" ? (
          <Notice role="status">
            <p>{t("apiKeys.revoked")}</p>
          </Notice>
        ) : null}
        {error === "forbidden" || error === "notFound" ? (
          <Notice tone="error" role="alert">
            <p>{t(error === "forbidden" ? "apiKeys.error.forbidden" : "apiKeys.error.notFound")}</p>
          </Notice>
        ) : null}
      </div>

      {confirming ? (
        <section aria-labelledby="revoke-title" className="max-w-2xl space-y-3 rounded-md border border-red-400 bg-red-50 p-4 text-red-950">
          <h2 id="revoke-title" className="text-lg font-semibold">
            {t("apiKeys.confirm.title", { name: confirming.name })}
          </h2>
          <p>{t("apiKeys.confirm.body", { prefix: confirming.prefix })}</p>
          <div className="flex flex-wrap items-center gap-3">
            <form action={revokeApiKeyAction}>
              {orgField}
              <input type="hidden" name="key" value={confirming.id} />
              <button type="submit" className={primaryButtonClass}>
                {t("apiKeys.confirm.submit")}
              </button>
            </form>
            <Link href="/app/api-keys" className="link">
              {t("apiKeys.confirm.cancel")}
            </Link>
          </div>
        </section>
      ) : null}

      <section className="space-y-3">
        <h2 id="keys-title" className="text-xl font-semibold text-slate-900">
          {t("apiKeys.list.title")}
        </h2>
        {keys.length === 0 ? (
          <p className="text-slate-700">{t("apiKeys.list.empty")}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="keys-title" tabIndex={0}>
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr>
                  {(["name", "prefix", "scopes", "createdBy", "created", "lastUsed", "status", "actions"] as const).map((c) => (
                    <th key={c} scope="col" className="px-2 py-2 font-semibold text-slate-900">
                      {t(`apiKeys.list.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} data-testid="api-key">
                    <th scope="row" className={`${cell} font-normal`}>{k.name}</th>
                    <td className={cell}>
                      <code className="font-mono">{k.prefix}</code>
                    </td>
                    <td className={cell}>
                      {k.scopes.map((s) => (
                        <code key={s} className="mr-1 block font-mono">{s}</code>
                      ))}
                    </td>
                    <td className={`${cell} break-all`}>{k.createdById ? (emails.get(k.createdById) ?? t("apiKeys.list.formerMember")) : t("apiKeys.list.commandLine")}</td>
                    <td className={cell}>
                      <When at={k.createdAt} locale={locale} />
                    </td>
                    <td className={cell}>{k.lastUsedAt ? <When at={k.lastUsedAt} locale={locale} /> : t("apiKeys.list.never")}</td>
                    <td className={cell}>
                      {k.revokedAt ? rich("apiKeys.list.revokedAt", { when: <When at={k.revokedAt} locale={locale} /> }) : t("apiKeys.list.active")}
                    </td>
                    <td className={cell}>
                      {k.revokedAt ? null : (
                        <Link href={`/app/api-keys?${new URLSearchParams({ revoke: k.id })}#revoke-title`} className={`${secondaryButtonClass} inline-block`} aria-label={t("apiKeys.list.revokeLabel", { name: k.name })}>
                          {t("apiKeys.list.revoke")}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="create-key-title" className="max-w-2xl space-y-3">
        <h2 id="create-key-title" className="text-xl font-semibold text-slate-900">
          {t("apiKeys.create.title")}
        </h2>
        <p className="text-slate-700">{t("apiKeys.create.intro")}</p>
        <ApiKeyCreateForm
          organizationId={current.id}
          scopes={Object.keys(API_KEY_SCOPES).map((scope) => ({ scope, label: scopeLabel(scope) }))}
          defaultScopes={[...DEFAULT_API_KEY_SCOPES]}
          text={{
            title: t("apiKeys.create.title"),
            nameLabel: t("apiKeys.create.nameLabel"),
            nameHint: t("apiKeys.create.nameHint"),
            scopesLegend: t("apiKeys.create.scopesLegend"),
            submit: t("apiKeys.create.submit"),
            createdTitle: t("apiKeys.created.title"),
            createdWarning: t("apiKeys.created.warning"),
            keyLabel: t("apiKeys.created.keyLabel"),
            copy: t("apiKeys.created.copy"),
            copied: t("apiKeys.created.copied"),
            problem: t("apiKeys.create.problem"),
          }}
        />
      </section>
    </div>
  );
}
