// The current organization's audit log for its owners and admins: filter by event and dates,
// newest first a page at a time, and download what the filter shows as CSV (the export is
// itself logged). A plain GET form: it works without JavaScript and every view has a URL.
import type { Metadata } from "next";
import Link from "next/link";
import { inputClass, primaryButtonClass } from "@/components/app/form-parts";
import { auditActionsInUse, listAuditEntries, parseAuditFilter, type AuditEntry } from "@/lib/audit";
import { requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import type { Locale, MessageKey } from "@/lib/i18n";
import { can } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import { entitlementsOf, usageThisPeriod } from "@/lib/billing";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("audit.title"), robots: { index: false } };
}

const cellClass = "border-t border-slate-200 px-2 py-2 align-top";

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/app/audit");
  const params = await searchParams;
  const { t, locale } = await getI18n();
  const current = await currentOrganization(await membershipsOf(user.id));
  const heading = <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("audit.title")}</h1>;
  if (!current) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{t("audit.noOrganization")}</p>
      </div>
    );
  }
  if (!can(current.role, "audit.read")) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-slate-700">{t("audit.forbidden")}</p>
      </div>
    );
  }
  const raw = { action: one(params.action) ?? null, from: one(params.from) ?? null, to: one(params.to) ?? null };
  const filter = parseAuditFilter(raw);
  const [{ entries, nextBefore }, actions, entitlements, usage] = await Promise.all([
    listAuditEntries(current.id, filter, { before: one(params.before) ?? null }),
    auditActionsInUse(current.id),
    entitlementsOf(current.id),
    usageThisPeriod(current.id),
  ]);
  // The plan's exports this month (lib/billing): the link, or why there is none and how to get more.
  const exportsLeft = entitlements.exportsPerMonth === null ? null : Math.max(0, entitlements.exportsPerMonth - usage.exports);
  const kept = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1])));
  const label = (action: string) => actionLabel(t, action);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        {heading}
        <p className="text-slate-700">{t("audit.intro", { name: current.name })}</p>
      </div>
      <form method="get" action="/app/audit" className="space-y-3 rounded-md border border-slate-300 p-3">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold text-slate-900">{t("audit.filter.legend")}</legend>
          <div>
            <label htmlFor="audit-action" className="block text-sm font-semibold text-slate-900">
              {t("audit.filter.action")}
            </label>
            <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={inputClass}>
              <option value="">{t("audit.filter.any")}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {label(a)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-from" className="block text-sm font-semibold text-slate-900">
              {t("audit.filter.from")}
            </label>
            <input id="audit-from" type="date" name="from" defaultValue={raw.from ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="audit-to" className="block text-sm font-semibold text-slate-900">
              {t("audit.filter.to")}
            </label>
            <input id="audit-to" type="date" name="to" defaultValue={raw.to ?? ""} className={inputClass} />
          </div>
          <button type="submit" className={primaryButtonClass}>
            {t("audit.filter.apply")}
          </button>
        </fieldset>
      </form>
      {exportsLeft === 0 ? (
        <p className="text-slate-700" data-testid="export-limit">
          {entitlements.exportsPerMonth === 0 ? t("audit.exportNotInPlan", { plan: entitlements.plan.name }) : t("audit.exportLimitReached", { limit: entitlements.exportsPerMonth ?? 0 })}{" "}
          {can(current.role, "billing.manage") ? (
            <Link href="/app/billing" className="link">
              {t("audit.exportUpgrade")}
            </Link>
          ) : null}
        </p>
      ) : (
        <p>
          <a className="link" href={`/api/app/audit.csv${kept.size ? `?${kept}` : ""}`} download>
            {t("audit.export")}
          </a>
          {exportsLeft !== null ? <span className="ml-2 text-sm text-slate-700">{t("audit.exportsLeft", { count: exportsLeft })}</span> : null}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-slate-700" role="status">
          {t("audit.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label={t("audit.table.caption")} tabIndex={0}>
          <table className="min-w-full text-left text-sm">
            <caption className="pb-2 text-left font-semibold text-slate-900">{t("audit.table.caption")}</caption>
            <thead>
              <tr>
                {(["when", "who", "what", "target", "origin"] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 font-semibold text-slate-900">
                    {t(`audit.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-entry">
                  <td className={`${cellClass} whitespace-nowrap tabular-nums`}>{when(e.at, locale)}</td>
                  <td className={cellClass}>{e.actorEmail ?? (e.actorUserId ? t("audit.formerMember") : t("audit.system"))}</td>
                  <td className={cellClass}>{label(e.action)}</td>
                  <td className={`${cellClass} break-all`}>{e.target ?? ""}</td>
                  <td className={cellClass}>
                    <Origin entry={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("audit.title")} className="flex gap-4 text-sm">
        {one(params.before) ? (
          <Link className="link" href={`/app/audit${kept.size ? `?${kept}` : ""}`}>
            {t("audit.newest")}
          </Link>
        ) : null}
        {nextBefore ? (
          <Link className="link" href={`/app/audit?${new URLSearchParams([...kept, ["before", nextBefore]])}`}>
            {t("audit.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

/** The event in words; an event this version has no words for shows as logged. */
function actionLabel(t: (key: MessageKey) => string, action: string): string {
  const key = `audit.action.${action}` as MessageKey;
  const text = t(key);
  return text === key ? action : text;
}

function when(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(at);
}

function Origin({ entry }: { entry: AuditEntry }) {
  return (
    <>
      {entry.ip ? <span className="block tabular-nums">{entry.ip}</span> : null}
      {entry.userAgent ? <span className="fine block max-w-64 truncate" title={entry.userAgent}>{entry.userAgent}</span> : null}
    </>
  );
}
