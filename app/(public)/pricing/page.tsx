// The plans, publicly: seats, limits and features from lib/billing/plans.ts. A signed-in owner or
// admin subscribes their current organization from here (Stripe Checkout); anyone else is shown
// how to get there (sign in, or ask an admin).
import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/app/form-parts";
import { checkoutAction } from "@/app/(app)/app/billing/actions";
import { currentUser } from "@/lib/auth";
import { PLANS, PLAN_IDS, type Plan } from "@/lib/billing";
import { money } from "@/lib/billing/format";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("pricing.title"), alternates: { canonical: "/pricing" } };
}

export default async function PricingPage() {
  const { t, locale } = await getI18n();
  const user = await currentUser();
  const current = user ? await currentOrganization(await membershipsOf(user.id)) : null;
  const manages = current ? can(current.role, "billing.manage") : false;
  const tag = locale === "es" ? "es-US" : "en-US";
  const limit = (n: number | null) => (n === null ? t("billing.unlimited") : n.toLocaleString(tag));
  const rows = (plan: Plan) => [
    t("pricing.row.seats", { limit: limit(plan.seats) }),
    t("pricing.row.apiCalls", { limit: limit(plan.apiCallsPerMonth) }),
    t("pricing.row.exports", { limit: limit(plan.exportsPerMonth) }),
    t("pricing.row.watchlists", { limit: limit(plan.watchlists) }),
    plan.features.includes("sso") ? t("pricing.row.sso") : t("pricing.row.noSso"),
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("pricing.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("pricing.intro")}</p>
      </div>
      <ul className="grid gap-4 md:grid-cols-3">
        {PLAN_IDS.map((id) => {
          const plan = PLANS[id];
          return (
            <li key={id} className="space-y-3 rounded-md border border-slate-300 p-4" aria-labelledby={`plan-${id}`}>
              <h2 id={`plan-${id}`} className="text-xl font-semibold text-slate-900">
                {plan.name}
              </h2>
              <p className="font-semibold">{plan.seatPriceCents === 0 ? t("pricing.free") : t("pricing.perSeat", { price: money(plan.seatPriceCents, "usd", locale) })}</p>
              {plan.trialDays > 0 ? <p className="text-sm">{t("pricing.trial", { days: plan.trialDays })}</p> : null}
              {plan.id !== "free" ? <p className="text-sm">{t("pricing.metered")}</p> : null}
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {rows(plan).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {plan.id === "free" ? null : !user ? (
                <p>
                  <Link className="link" href={`/sign-in?callbackUrl=${encodeURIComponent("/pricing")}`}>
                    {t("pricing.signIn")}
                  </Link>
                </p>
              ) : current && manages ? (
                <form action={checkoutAction}>
                  <input type="hidden" name="organization" value={current.id} />
                  <input type="hidden" name="plan" value={plan.id} />
                  <button type="submit" className={primaryButtonClass}>
                    {t("pricing.subscribe", { plan: plan.name, organization: current.name })}
                  </button>
                </form>
              ) : (
                <p className="text-sm">{current ? t("pricing.askAdmin") : t("billing.noOrganization")}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
