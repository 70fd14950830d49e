// The operator area: platform operators whose session passed two-factor only (requireOperator:
// others get the 403 page, or are sent to enrol or to enter their code). Lists every
// organization through withPlatform (lib/orgs); the nav leads to users, runs and feedback.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireOperator } from "@/lib/admin";
import { getI18n } from "@/lib/i18n/server";
import { allOrganizations } from "@/lib/orgs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.title"), robots: { index: false } };
}

export default async function AdminPage() {
  await requireOperator("/admin");
  const { t, date } = await getI18n();
  const organizations = await allOrganizations();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("admin.title")}</h1>
      <AdminNav current="orgs" t={t} />
      <section aria-labelledby="admin-orgs" className="space-y-3">
        <h2 id="admin-orgs" className="text-xl font-semibold text-slate-900">
          {t("admin.orgs.title")}
        </h2>
        {organizations.length === 0 ? (
          <p className="text-slate-700">{t("admin.orgs.empty")}</p>
        ) : (
          <table className="text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-6">{t("admin.orgs.name")}</th>
                <th scope="col" className="py-1 pr-6">{t("admin.orgs.slug")}</th>
                <th scope="col" className="py-1 pr-6">{t("admin.orgs.members")}</th>
                <th scope="col" className="py-1">{t("admin.orgs.created")}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((org) => (
                <tr key={org.id} className="border-b border-slate-200">
                  <td className="py-1 pr-6">{org.name}</td>
                  <td className="py-1 pr-6">{org.slug}</td>
                  <td className="py-1 pr-6">
                    <Link className="link" href={`/admin/users?${new URLSearchParams({ org: org.slug })}`}>
                      {t("admin.orgs.membersLink", { n: org.members })}
                    </Link>
                  </td>
                  <td className="py-1">{date(org.createdAt.toISOString().slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
