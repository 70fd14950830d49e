// Operators' list of users (/admin/users): search by email (or an organization's members),
// with their organizations and roles, operator flag, two-factor and last sign-in; a page at a
// time. A plain GET form: every view has an address.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { ScrollTable, cellClass as cell } from "@/components/app/data-table";
import { FilterForm } from "@/components/app/filter-form";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Pager } from "@/components/app/pager";
import { When } from "@/components/app/when";
import { Notice } from "@/components/ui/notice";
import { listUsers, normalizeEmailQuery, parsePage, requireOperator } from "@/lib/admin";
import { getI18n } from "@/lib/i18n/server";
import { resetTwoFactorAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.users.title"), robots: { index: false } };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const query = normalizeEmailQuery(one(params.q));
  const organization = (one(params.org) ?? "").slice(0, 100);
  const page = parsePage(one(params.page));
  const here = new URLSearchParams(Object.entries({ q: query, org: organization }).filter((e) => e[1]));
  const operator = await requireOperator(`/admin/users${here.size || page > 1 ? `?${new URLSearchParams([...here, ...(page > 1 ? [["page", String(page)]] : [])])}` : ""}`);
  const { t, locale, count } = await getI18n();
  const result = await listUsers({ query, organization, page });
  const pageLink = (n: number) => `/admin/users?${new URLSearchParams([...here, ["page", String(n)]])}`;
  const resetting = result.users.find((u) => u.id === one(params.reset) && u.twoFactorEnabled && u.id !== operator.id);
  const yes = t("admin.yes");
  const no = t("admin.no");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("admin.users.title")}</h1>
      <AdminNav current="users" t={t} />
      {one(params.done) === "reset" ? (
        <Notice role="status">
          <p>{t("admin.users.resetDone")}</p>
        </Notice>
      ) : null}
      {one(params.error) === "notReset" ? (
        <Notice tone="error" role="alert">
          <p>{t("admin.users.resetFailed")}</p>
        </Notice>
      ) : null}
      {resetting ? (
        <section aria-labelledby="reset-title" className="max-w-2xl space-y-3 rounded-md border border-red-400 bg-red-50 p-4 text-red-950">
          <h2 id="reset-title" className="text-lg font-semibold">
            {t("admin.users.resetTitle", { email: resetting.email })}
          </h2>
          <p>{t("admin.users.resetBody")}</p>
          <div className="flex flex-wrap items-center gap-3">
            <form action={resetTwoFactorAction}>
              <input type="hidden" name="user" value={resetting.id} />
              {query ? <input type="hidden" name="q" value={query} /> : null}
              <button type="submit" className={primaryButtonClass}>
                {t("admin.users.resetSubmit")}
              </button>
            </form>
            <Link href={`/admin/users${here.size ? `?${here}` : ""}`} className="link">
              {t("admin.users.resetCancel")}
            </Link>
          </div>
        </section>
      ) : null}
      <FilterForm
        action="/admin/users"
        role="search"
        fieldId="user-q"
        label={t("admin.users.searchLabel")}
        submit={t("admin.users.searchSubmit")}
        hidden={organization ? <input type="hidden" name="org" value={organization} /> : null}
      >
        <input id="user-q" name="q" type="search" defaultValue={query} maxLength={254} autoComplete="off" className={inputClass} />
      </FilterForm>
      {organization ? (
        <p className="text-slate-700">
          {t("admin.users.inOrganization", { slug: organization })}{" "}
          <Link className="link" href={query ? `/admin/users?${new URLSearchParams({ q: query })}` : "/admin/users"}>
            {t("admin.users.everyone")}
          </Link>
        </p>
      ) : null}
      <p role="status" className="text-slate-700">
        {t("admin.users.count", { n: result.total, count: count(result.total) })}
      </p>
      {result.users.length > 0 ? (
        <ScrollTable id="users-caption" caption={t("admin.users.title")} columns={(["email", "organizations", "operator", "twoFactor", "lastSignIn", "lastActive"] as const).map((c) => t(`admin.users.col.${c}`))}>
          {result.users.map((u) => (
            <tr key={u.id} data-testid="admin-user">
              <th scope="row" className={`${cell} font-normal`}>
                <span className="block break-all">{u.email}</span>
                {u.name ? <span className="block text-slate-700">{u.name}</span> : null}
              </th>
              <td className={cell}>
                {u.organizations.length === 0 ? (
                  <span className="text-slate-700">{t("admin.users.noOrganizations")}</span>
                ) : (
                  <ul>
                    {u.organizations.map((o) => (
                      <li key={o.id}>{t("admin.users.orgRole", { organization: o.name, role: t(`app.role.${o.role}`) })}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={cell}>{u.isPlatformOperator ? yes : no}</td>
              <td className={cell}>
                {u.twoFactorEnabled ? t("admin.users.twoFactorOn") : t("admin.users.twoFactorOff")}
                {u.twoFactorEnabled && u.id !== operator.id ? (
                  <Link
                    href={`/admin/users?${new URLSearchParams([...here, ["reset", u.id]])}#reset-title`}
                    className={`${secondaryButtonClass} ml-2 inline-block`}
                    aria-label={t("admin.users.resetLabel", { email: u.email })}
                  >
                    {t("admin.users.reset")}
                  </Link>
                ) : null}
              </td>
              <td className={cell}>{u.lastSignInAt ? <When at={u.lastSignInAt} locale={locale} /> : t("admin.never")}</td>
              <td className={cell}>{u.lastActiveAt ? <When at={u.lastActiveAt} locale={locale} /> : t("admin.never")}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
      <Pager
        label={t("admin.pager.label")}
        back={result.page > 1 ? { href: pageLink(result.page - 1), text: t("admin.pager.previous") } : null}
        forward={result.hasNext ? { href: pageLink(result.page + 1), text: t("admin.pager.next") } : null}
      />
    </div>
  );
}
