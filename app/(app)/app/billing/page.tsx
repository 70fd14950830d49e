// The current organization's billing, for its owners and admins (others are refused here, on the
// server): plan and status, seats used and paid, this month's usage against the plan's limits,
// the next invoice, invoice history, plan changes through Stripe Checkout and the Customer Portal
// for payment methods, cancellation and resumption.
import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { requireUser } from "@/lib/auth";
import { PAID_PLANS, PLANS, billingOverview } from "@/lib/billing";
import { day, money } from "@/lib/billing/format";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import { checkoutAction, portalAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("billing.title"), robots: { index: false } };
}

const ERRORS = ["forbidden", "invalid_plan", "same_plan", "no_customer", "not_configured", "too_many_members", "stripe"] as const;
const cellClass = "border-t border-slate-200 px-2 py-2 align-top";

export default async function BillingPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/app/billing");
  const params = await searchParams;
  const { t, locale } = await getI18n();
  const current = await currentOrganization(await membershipsOf(user.id));
  const heading = <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("billing.title")}</h1>;
  if (!current) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{t("billing.noOrganization")}</p>
      </div>
    );
  }
  if (!can(current.role, "billing.manage")) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{t("billing.forbidden")}</p>
      </div>
    );
  }
  const o = await billingOverview(current.id);
  const e = o.entitlements;
  const error = ERRORS.find((c) => c === one(params.error));
  const limit = (n: number | null) => (n === null ? t("billing.unlimited") : n.toLocaleString(locale === "es" ? "es-US" : "en-US"));
  const notice = one(params.checkout) === "success" ? t("billing.notice.success") : one(params.checkout) === "canceled" ? t("billing.notice.canceled") : one(params.changed) ? t("billing.notice.changed") : null;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        {heading}
        <p className="text-slate-700">{t("billing.intro", { name: current.name })}</p>
      </div>
      {notice ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {t(`billing.error.${error}`)}
        </p>
      ) : null}

      <section aria-labelledby="plan-title" className="space-y-2">
        <h2 id="plan-title" className="text-xl font-semibold text-slate-900">
          {t("billing.plan.title")}
        </h2>
        <p data-testid="current-plan" className="text-lg">
          <strong>{e.plan.name}</strong> — {t(`billing.state.${e.state}`)}
        </p>
        {e.state === "organization_trial" && e.trialEndsAt ? <p>{t("billing.trialEnds", { date: day(e.trialEndsAt, locale) })}</p> : null}
        {e.state === "trialing" && e.trialEndsAt ? <p>{t("billing.trialEnds", { date: day(e.trialEndsAt, locale) })}</p> : null}
        {e.state === "grace" && e.graceEndsAt ? <p className="text-red-900">{t("billing.graceEnds", { date: day(e.graceEndsAt, locale), plan: e.plan.name })}</p> : null}
        {e.lapsed ? <p>{t(`billing.lapsed.${e.lapsed}`)}</p> : null}
        {o.cancelAtPeriodEnd && o.currentPeriodEnd ? <p>{t("billing.cancelsOn", { date: day(o.currentPeriodEnd, locale) })}</p> : null}
        {o.stripeError ? <p className="text-red-900">{t("billing.stripeUnavailable")}</p> : null}
      </section>

      <section aria-labelledby="limits-title" className="space-y-2">
        <h2 id="limits-title" className="text-xl font-semibold text-slate-900">
          {t("billing.limits.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li data-testid="seats">{t("billing.limits.seats", { used: o.seatsUsed, pending: o.pendingInvitations, limit: limit(e.seats), paid: o.seatsPaid })}</li>
          <li>{t("billing.limits.apiCalls", { used: o.usage.api_calls, limit: limit(e.apiCallsPerMonth) })}</li>
          <li>{t("billing.limits.exports", { used: o.usage.exports, limit: limit(e.exportsPerMonth) })}</li>
          <li>{t("billing.limits.watchlists", { limit: limit(e.watchlists) })}</li>
          <li>{e.features.includes("sso") ? t("billing.limits.sso") : t("billing.limits.noSso")}</li>
        </ul>
        <p>
          <Link href="/app/billing/usage" className="link">
            {t("billing.usage.link")}
          </Link>
        </p>
        {o.upcoming ? (
          <p data-testid="upcoming">{o.upcoming.date ? t("billing.upcoming", { amount: money(o.upcoming.total, o.upcoming.currency, locale), date: day(o.upcoming.date, locale) }) : t("billing.upcomingNoDate", { amount: money(o.upcoming.total, o.upcoming.currency, locale) })}</p>
        ) : null}
      </section>

      <section aria-labelledby="change-title" className="space-y-3">
        <h2 id="change-title" className="text-xl font-semibold text-slate-900">
          {t("billing.change.title")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {PAID_PLANS.map((id) => {
            const plan = PLANS[id];
            const subscribed = e.plan.id === id && (e.state === "active" || e.state === "trialing" || e.state === "grace");
            return (
              <li key={id} className="space-y-2 rounded-md border border-slate-300 p-3">
                <p className="font-semibold">{plan.name}</p>
                <p className="text-sm">{t("pricing.perSeat", { price: money(plan.seatPriceCents, "usd", locale) })}</p>
                {subscribed ? (
                  <p className="text-sm font-semibold">{t("billing.change.current")}</p>
                ) : (
                  <form action={checkoutAction}>
                    <input type="hidden" name="organization" value={current.id} />
                    <input type="hidden" name="plan" value={id} />
                    <button type="submit" className={primaryButtonClass}>
                      {t("billing.change.choose", { plan: plan.name })}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
        {o.stripeCustomer ? (
          <form action={portalAction}>
            <input type="hidden" name="organization" value={current.id} />
            <button type="submit" className={secondaryButtonClass}>
              {t("billing.portal")}
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="invoices-title" className="space-y-2">
        <h2 id="invoices-title" className="text-xl font-semibold text-slate-900">
          {t("billing.invoices.title")}
        </h2>
        {o.invoices.length === 0 ? (
          <p>{t("billing.invoices.empty")}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="invoices-title" tabIndex={0}>
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr>
                  {(["date", "number", "total", "status", "link"] as const).map((c) => (
                    <th key={c} scope="col" className="px-2 py-2 font-semibold text-slate-900">
                      {t(`billing.invoices.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {o.invoices.map((i) => (
                  <tr key={i.id}>
                    <td className={cellClass}>{day(i.created, locale)}</td>
                    <td className={cellClass}>{i.number ?? ""}</td>
                    <td className={`${cellClass} tabular-nums`}>{money(i.total, i.currency, locale)}</td>
                    <td className={cellClass}>{i.status ?? ""}</td>
                    <td className={cellClass}>
                      {i.url ? (
                        <a className="link" href={i.url}>
                          {t("billing.invoices.view")}
                        </a>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
