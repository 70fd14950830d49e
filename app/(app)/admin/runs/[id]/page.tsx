// One ingestion run (/admin/runs/<id>) with everything stored about it: the summary, the
// validator's report (errors and alerts counted per rule, the first ones in detail) and the rows
// lenient ingestion set aside, with their reasons.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { RunStatusBadge } from "@/components/admin/run-status";
import { ScrollTable, TableHead, cellClass as cell } from "@/components/app/data-table";
import { When } from "@/components/app/when";
import { RUN_QUARANTINE_LIMIT, getRun, requireOperator, type RunIssue } from "@/lib/admin";
import { getI18n } from "@/lib/i18n/server";
import type { I18n } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { t } = await getI18n();
  const { id } = await params;
  return { title: t("admin.run.title", { id: /^\d{1,10}$/.test(id) ? id : "?" }), robots: { index: false } };
}

// The run's tables keep plain header cells (no bold override), unlike the lists.
const plainHeader = "px-2 py-2";

export default async function AdminRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const runId = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  await requireOperator(`/admin/runs/${Number.isSafeInteger(runId) ? runId : ""}`);
  const { t, locale, count } = await getI18n();
  const run = Number.isSafeInteger(runId) ? await getRun(runId) : null;
  if (!run) notFound();
  const report = run.report;
  const rules = report ? [...new Set([...Object.keys(report.errorCounts), ...Object.keys(report.alertCounts)])].sort() : [];
  const facts: [string, ReactNode][] = [
    [t("admin.run.status"), <RunStatusBadge key="s" status={run.status} t={t} />],
    [t("admin.run.file"), run.fileName],
    [t("admin.run.source"), run.source],
    [t("admin.run.hospital"), run.hospital ? `${run.hospital.name} (${run.hospital.slug})` : t("admin.run.unknown")],
    [t("admin.run.mode"), t(`admin.run.mode.${run.mode}`)],
    [t("admin.run.format"), [run.format, run.cmsVersion].filter(Boolean).join(" · ") || t("admin.run.unknown")],
    [t("admin.run.bytes"), count(run.bytes)],
    [t("admin.run.rows"), t("admin.runs.rowsSummary", { read: count(run.rowsRead), loaded: count(run.rowsLoaded), quarantined: count(run.rowsQuarantined) })],
    [t("admin.run.issues"), t("admin.runs.issuesSummary", { errors: count(run.errorCount), alerts: count(run.alertCount) })],
    [t("admin.run.started"), <When key="st" at={run.startedAt} locale={locale} />],
    [t("admin.run.finished"), <When key="fi" at={run.finishedAt} locale={locale} />],
    [t("admin.run.duration"), t("admin.runs.seconds", { seconds: (run.durationMs / 1000).toFixed(1) })],
    [t("admin.run.hash"), run.contentHash ?? t("admin.run.unknown")],
  ];

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("admin.run.title", { id: run.id })}</h1>
        <AdminNav current="runs" t={t} />
        <p>
          <Link className="link" href="/admin/runs">
            {t("admin.run.back")}
          </Link>
        </p>
      </div>
      {run.message ? (
        <section aria-labelledby="run-message" className="space-y-2">
          <h2 id="run-message" className="text-xl font-semibold text-slate-900">
            {t("admin.run.message")}
          </h2>
          <p className="break-words">{run.message}</p>
        </section>
      ) : null}
      <dl className="grid max-w-4xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-900">{term}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="run-rules" className="space-y-2">
        <h2 id="run-rules" className="text-xl font-semibold text-slate-900">
          {t("admin.run.rules")}
        </h2>
        {!report ? (
          <p className="text-slate-700">{t("admin.run.noReport")}</p>
        ) : rules.length === 0 ? (
          <p className="text-slate-700">{t("admin.run.noIssues")}</p>
        ) : (
          <table className="text-left text-sm" aria-labelledby="run-rules">
            <TableHead columns={[t("admin.run.rule"), t("admin.run.errors"), t("admin.run.alerts")]} className={plainHeader} />
            <tbody>
              {rules.map((rule) => (
                <tr key={rule}>
                  <th scope="row" className={`${cell} font-mono font-normal`}>{rule}</th>
                  <td className={`${cell} tabular-nums`}>{count(report.errorCounts[rule] ?? 0)}</td>
                  <td className={`${cell} tabular-nums`}>{count(report.alertCounts[rule] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {report ? <Issues id="run-errors" title={t("admin.run.errorList")} issues={report.errors} total={run.errorCount} t={t} /> : null}
      {report ? <Issues id="run-alerts" title={t("admin.run.alertList")} issues={report.alerts} total={run.alertCount} t={t} /> : null}

      <section className="space-y-2">
        <h2 id="run-quarantine" className="text-xl font-semibold text-slate-900">
          {t("admin.run.quarantine")}
        </h2>
        {run.quarantined.length === 0 ? (
          <p className="text-slate-700">{run.rowsQuarantined > 0 ? t("admin.run.quarantineGone") : t("admin.run.quarantineNone")}</p>
        ) : (
          <>
            {run.rowsQuarantined > run.quarantined.length ? (
              <p className="text-slate-700">{t("admin.run.quarantineFirst", { shown: count(run.quarantined.length), total: count(run.rowsQuarantined), limit: RUN_QUARANTINE_LIMIT })}</p>
            ) : null}
            <ScrollTable labelledBy="run-quarantine" columns={[t("admin.run.row"), t("admin.run.reasons"), t("admin.run.raw")]} headerClassName={plainHeader}>
              {run.quarantined.map((q, i) => (
                <tr key={`${q.row}-${i}`} data-testid="quarantined-row">
                  <th scope="row" className={`${cell} font-normal tabular-nums`}>{q.row}</th>
                  <td className={cell}>
                    <ul className="list-disc pl-4">
                      {q.reasons.map((r, j) => (
                        <li key={j}>{r}</li>
                      ))}
                    </ul>
                  </td>
                  <td className={`${cell} max-w-xl break-all font-mono text-xs`}>
                    {q.raw}
                    {q.truncated ? "…" : ""}
                  </td>
                </tr>
              ))}
            </ScrollTable>
          </>
        )}
      </section>
    </div>
  );
}

function where(issue: RunIssue, t: I18n["t"]): string {
  if (issue.path) return issue.path;
  const parts = [issue.row !== undefined ? t("admin.run.atRow", { row: issue.row }) : null, issue.column ? t("admin.run.atColumn", { column: issue.column }) : null];
  return parts.filter(Boolean).join(", ");
}

function Issues({ id, title, issues, total, t }: { id: string; title: string; issues: RunIssue[]; total: number; t: I18n["t"] }) {
  return (
    <section className="space-y-2">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {issues.length === 0 ? (
        <p className="text-slate-700">{t("admin.run.none")}</p>
      ) : (
        <>
          {total > issues.length ? <p className="text-slate-700">{t("admin.run.firstIssues", { shown: issues.length, total })}</p> : null}
          <ScrollTable labelledBy={id} columns={[t("admin.run.rule"), t("admin.run.where"), t("admin.run.issueMessage")]} headerClassName={plainHeader}>
            {issues.map((issue, i) => (
              <tr key={i}>
                <th scope="row" className={`${cell} font-mono font-normal`}>{issue.rule}</th>
                <td className={`${cell} break-all`}>{where(issue, t)}</td>
                <td className={`${cell} break-words`}>{issue.message}</td>
              </tr>
            ))}
          </ScrollTable>
        </>
      )}
    </section>
  );
}
