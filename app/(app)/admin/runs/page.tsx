// Operators' list of ingestion runs (/admin/runs), newest first: status, counts, timings and
// why a run failed; each run links to its full report.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { RunStatusBadge } from "@/components/admin/run-status";
import { When } from "@/components/app/when";
import { listRuns, parseRunCursor, requireOperator } from "@/lib/admin";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.runs.title"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const cell = "border-t border-slate-200 px-2 py-2 align-top";

export default async function AdminRunsPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const before = parseRunCursor(one(params.before)) ? one(params.before)! : null;
  await requireOperator(before ? `/admin/runs?${new URLSearchParams({ before })}` : "/admin/runs");
  const { t, locale, count } = await getI18n();
  const { runs, next } = await listRuns({ before });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("admin.runs.title")}</h1>
      <AdminNav current="runs" t={t} />
      <p className="text-slate-700">{t("admin.runs.intro")}</p>
      {runs.length === 0 ? (
        <p role="status" className="text-slate-700">
          {t("admin.runs.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="runs-caption" tabIndex={0}>
          <table className="min-w-full text-left text-sm">
            <caption id="runs-caption" className="sr-only">
              {t("admin.runs.title")}
            </caption>
            <thead>
              <tr>
                {(["run", "file", "status", "rows", "issues", "started", "duration", "message"] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 font-semibold text-slate-900">
                    {t(`admin.runs.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} data-testid="admin-run">
                  <th scope="row" className={`${cell} font-normal`}>
                    <Link className="link" href={`/admin/runs/${r.id}`}>
                      {t("admin.runs.runNumber", { id: r.id })}
                    </Link>
                  </th>
                  <td className={`${cell} break-all`}>
                    <span className="block">{r.fileName}</span>
                    {r.hospital ? <span className="block text-slate-700">{r.hospital.name}</span> : null}
                  </td>
                  <td className={cell}>
                    <RunStatusBadge status={r.status} t={t} />
                  </td>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>
                    {t("admin.runs.rowsSummary", { read: count(r.rowsRead), loaded: count(r.rowsLoaded), quarantined: count(r.rowsQuarantined) })}
                  </td>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>{t("admin.runs.issuesSummary", { errors: count(r.errorCount), alerts: count(r.alertCount) })}</td>
                  <td className={cell}>
                    <When at={r.startedAt} locale={locale} />
                  </td>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>{t("admin.runs.seconds", { seconds: (r.durationMs / 1000).toFixed(1) })}</td>
                  <td className={`${cell} max-w-96 break-words`}>{r.message ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("admin.pager.label")} className="flex gap-4 text-sm">
        {before ? (
          <Link className="link" href="/admin/runs">
            {t("admin.pager.newest")}
          </Link>
        ) : null}
        {next ? (
          <Link className="link" href={`/admin/runs?${new URLSearchParams({ before: next })}`}>
            {t("admin.pager.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
