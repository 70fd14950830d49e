// Operators' list of ingestion runs (/admin/runs), newest first: status, counts, timings and
// why a run failed; each run links to its full report.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { RunStatusBadge } from "@/components/admin/run-status";
import { EmptyState, ScrollTable, cellClass as cell } from "@/components/app/data-table";
import { Pager } from "@/components/app/pager";
import { When } from "@/components/app/when";
import { listRuns, parseRunCursor, requireOperator } from "@/lib/admin";
import { getI18n } from "@/lib/i18n/server";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.runs.title"), robots: { index: false } };
}

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
        <EmptyState>{t("admin.runs.empty")}</EmptyState>
      ) : (
        <ScrollTable id="runs-caption" caption={t("admin.runs.title")} columns={(["run", "file", "status", "rows", "issues", "started", "duration", "message"] as const).map((c) => t(`admin.runs.col.${c}`))}>
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
        </ScrollTable>
      )}
      <Pager
        label={t("admin.pager.label")}
        back={before ? { href: "/admin/runs", text: t("admin.pager.newest") } : null}
        forward={next ? { href: `/admin/runs?${new URLSearchParams({ before: next })}`, text: t("admin.pager.older") } : null}
      />
    </div>
  );
}
