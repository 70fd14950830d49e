// The signed-in home: the user's organizations with their role, a switcher when there are
// several, the current organization's members (read inside its tenant scope), and the form that
// creates an organization.
import type { Metadata } from "next";
import Link from "next/link";
import { TextField, primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Notice } from "@/components/ui/notice";
import { APP_HOME, requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/members";
import { ORG_NAME_MAX, ORG_SLUG_MAX, membershipsOf, organizationOverview, type OrgFieldError } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import { createOrganizationAction, switchOrganizationAction } from "../actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("app.home.title"), robots: { index: false } };
}

const FIELD_ERRORS: readonly OrgFieldError[] = ["nameRequired", "nameTooLong", "slugRequired", "slugLength", "slugFormat", "slugReserved", "slugTaken"];
const fieldError = (value: string | undefined): OrgFieldError | undefined =>
  FIELD_ERRORS.find((e) => e === value);

export default async function AppHome({ searchParams }: { searchParams: Search }) {
  const user = await requireUser(APP_HOME);
  const params = await searchParams;
  const { t } = await getI18n();
  const memberships = await membershipsOf(user.id);
  const current = await currentOrganization(memberships);
  const overview = current ? await organizationOverview(user.id, current.id) : null;
  const created = memberships.find((m) => m.id === one(params.created));
  const nameError = fieldError(one(params.nameError));
  const slugError = fieldError(one(params.slugError));
  const failed = Boolean(nameError || slugError);
  const roleName = (role: (typeof memberships)[number]["role"]) => t(`app.role.${role}`);
  const joined = memberships.find((m) => m.id === one(params.joined));

  return (
    <div className="space-y-10">
      <section aria-labelledby="orgs-title" className="space-y-4">
        <h1 id="orgs-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("app.home.title")}
        </h1>
        {created ? (
          <Notice role="status">
            <p>{t("app.create.created", { name: created.name })}</p>
          </Notice>
        ) : null}
        {one(params.switched) && current ? (
          <Notice role="status">
            <p>{t("app.home.switched", { name: current.name })}</p>
          </Notice>
        ) : null}
        {one(params.left) !== undefined ? (
          <Notice role="status">
            <p>{t("members.done.left", { organization: one(params.left) ?? "" })}</p>
          </Notice>
        ) : null}
        {joined ? (
          <Notice role="status">
            <p>{t("members.done.joined", { organization: joined.name, role: roleName(joined.role) })}</p>
          </Notice>
        ) : null}
        {one(params.error) === "notMember" ? (
          <Notice tone="error" role="alert">
            <p>{t("app.error.notMember")}</p>
          </Notice>
        ) : null}
        {memberships.length === 0 ? (
          <p className="text-slate-700">{t("app.home.empty")}</p>
        ) : (
          <ul aria-label={t("app.home.listLabel")} className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {memberships.map((m) => (
              <li key={m.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3" aria-current={m.id === current?.id ? "true" : undefined}>
                <span className="font-semibold text-slate-900">{m.name}</span>
                <span className="text-sm text-slate-700">{m.slug}</span>
                <span className="text-sm text-slate-700">{t("app.home.roleOf", { role: roleName(m.role) })}</span>
                {m.id === current?.id ? (
                  <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-900">{t("app.home.currentMarker")}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {memberships.length > 1 ? (
          <form action={switchOrganizationAction} className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor="organization" className="block font-semibold text-slate-900">
                {t("app.home.switchLabel")}
              </label>
              <select id="organization" name="organization" defaultValue={current?.id} className="rounded-md border border-slate-500 bg-white px-3 py-2">
                {memberships.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={secondaryButtonClass}>
              {t("app.home.switchSubmit")}
            </button>
          </form>
        ) : null}
      </section>

      {overview ? (
        <section aria-labelledby="current-title" className="space-y-3">
          <h2 id="current-title" className="text-xl font-semibold text-slate-900">
            {t("app.home.currentTitle", { name: overview.name })}
          </h2>
          <p className="flex flex-wrap gap-x-6">
            <Link href="/app/members" className="link">
              {t("members.link")}
            </Link>
            {can(overview.role, "audit.read") ? (
              <Link href="/app/audit" className="link">
                {t("audit.link")}
              </Link>
            ) : null}
            {can(overview.role, "sso.manage") ? (
              <Link href="/app/sso" className="link">
                {t("sso.link")}
              </Link>
            ) : null}
            {can(overview.role, "billing.manage") ? (
              <Link href="/app/billing" className="link">
                {t("billing.link")}
              </Link>
            ) : null}
          </p>
          <table className="min-w-[20rem] text-left text-sm">
            <caption className="pb-2 text-left font-semibold text-slate-900">{t("app.home.members")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-6">{t("app.home.memberEmail")}</th>
                <th scope="col" className="py-1">{t("app.home.memberRole")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.members.map((member) => (
                <tr key={member.userId} className="border-b border-slate-200">
                  <td className="py-1 pr-6">{member.email}</td>
                  <td className="py-1">{roleName(member.role)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section id="create" aria-labelledby="create-title" className="max-w-xl space-y-4">
        <h2 id="create-title" className="text-xl font-semibold text-slate-900">
          {t("app.create.title")}
        </h2>
        <p className="text-slate-700">{t("app.create.intro")}</p>
        {failed ? (
          <Notice tone="error" role="alert">
            <p>{t("app.create.problem")}</p>
          </Notice>
        ) : null}
        <form action={createOrganizationAction} className="space-y-4" noValidate>
          <TextField
            id="org-name"
            name="name"
            required
            maxLength={ORG_NAME_MAX}
            autoComplete="organization"
            label={t("app.create.nameLabel")}
            hint={t("app.create.nameHint")}
            error={nameError ? t(`app.create.error.${nameError}`) : undefined}
            defaultValue={failed ? (one(params.name) ?? "") : undefined}
            autoFocus={Boolean(nameError)}
          />
          <TextField
            id="org-slug"
            name="slug"
            required
            maxLength={ORG_SLUG_MAX}
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            label={t("app.create.slugLabel")}
            hint={t("app.create.slugHint")}
            error={slugError ? t(`app.create.error.${slugError}`) : undefined}
            defaultValue={failed ? (one(params.slug) ?? "") : undefined}
            autoFocus={!nameError && Boolean(slugError)}
          />
          <button type="submit" className={primaryButtonClass}>
            {t("app.create.submit")}
          </button>
        </form>
      </section>
    </div>
  );
}
