// The current organization's metered use by month (API calls with a key, exports), against the
// plan's limits, and how many API calls have been reported to Stripe. Owners and admins only.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { entitlementsOf, usageHistory } from "@/lib/billing";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("billing.usage.title"), robots: { index: false } };
}

const cellClass = "border-t border-slate-200 px-2 py-2 align-top tabular-nums";

export default async function UsagePage() {
  const user = await requireUser("/app/billing/usage");
  const { t, locale } = await getI18n();
  const current = await currentOrganization(await membershipsOf(user.id));
  const heading = <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("billing.usage.title")}</h1>;
  if (!current || !can(current.role, "billing.manage")) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{current ? t("billing.forbidden") : t("billing.noOrganization")}</p>
      </div>
    );
  }
  const [rows, e] = await Promise.all([usageHistory(current.id), entitlementsOf(current.id)]);
  const tag = locale === "es" ? "es-US" : "en-US";
  const month = (d: Date) => new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
  const limit = (n: number | null) => (n === null ? t("billing.unlimited") : n.toLocaleString(tag));
  return (
    <div className="space-y-6">
      {heading}
      <p className="text-slate-700">{t("billing.usage.intro", { name: current.name, plan: e.plan.name, api: limit(e.apiCallsPerMonth), exports: limit(e.exportsPerMonth) })}</p>
      {rows.length === 0 ? (
        <p>{t("billing.usage.empty")}</p>
      ) : (
        <table className="min-w-[24rem] text-left text-sm">
          <caption className="pb-2 text-left font-semibold text-slate-900">{t("billing.usage.caption")}</caption>
          <thead>
            <tr>
              {(["month", "metric", "count", "reported"] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-2 font-semibold text-slate-900">
                  {t(`billing.usage.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.periodStart.toISOString()}-${r.metric}`}>
                <td className={cellClass}>{month(r.periodStart)}</td>
                <td className={cellClass}>{t(`billing.usage.metric.${r.metric}`)}</td>
                <td className={cellClass}>{r.count.toLocaleString(tag)}</td>
                <td className={cellClass}>{r.metric === "api_calls" ? r.reported.toLocaleString(tag) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link href="/app/billing" className="link">
          {t("billing.usage.back")}
        </Link>
      </p>
    </div>
  );
}
