import { Notice } from "@/components/ui/notice";
import { DataTable, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { ruleTitle, type ComplianceSummary, type RuleFinding } from "@/lib/compliance/summary";
import { i18nFor, type I18n, type Locale } from "@/lib/i18n";

/** Rules listed in the table; the rest are counted in a line below it. */
const LISTED_RULES = 20;

function firstFoundAt(first: RuleFinding["first"], { t }: I18n): string {
  if (!first) return "—";
  if (first.path) return first.path;
  if (first.row !== undefined && first.column) return t("hospital.compliance.at.rowColumn", { row: first.row, column: first.column });
  if (first.row !== undefined) return t("hospital.compliance.at.row", { row: first.row });
  return "—";
}

function Attestation({ summary, i18n }: { summary: ComplianceSummary; i18n: I18n }) {
  const { t } = i18n;
  if (summary.attestation === true) {
    return <p>{summary.attesterName ? t("hospital.compliance.attestedBy", { name: summary.attesterName }) : t("hospital.compliance.attested")}</p>;
  }
  if (summary.attestation === false) return <p className="font-medium text-amber-900">{t("hospital.compliance.notAttested")}</p>;
  return <p>{t("hospital.compliance.noAttestation")}</p>;
}

/**
 * The public compliance summary of a hospital's current file: what the CMS rules check found
 * when the file was loaded (lib/compliance), per rule with where it was first found.
 */
export function ComplianceSummaryView({ summary, locale }: { summary: ComplianceSummary | null; locale: Locale }) {
  const i18n = i18nFor(locale);
  const { t, count, date } = i18n;
  if (!summary) return <p className="text-sm text-slate-700">{t("hospital.compliance.none")}</p>;
  const clean = summary.errorCount === 0 && summary.alertCount === 0;
  const listed = summary.findings.slice(0, LISTED_RULES);
  const unlisted = summary.findings.length - listed.length;
  return (
    <div className="space-y-4 text-sm text-slate-900">
      <p>{t("hospital.compliance.intro", { date: date(summary.checkedAt.slice(0, 10)), version: summary.cmsVersion ?? "—" })}</p>
      {clean ? (
        <Notice title={t("hospital.compliance.clean.title")} headingLevel={3}>
          <p>{t("hospital.compliance.clean.body")}</p>
        </Notice>
      ) : (
        <Notice tone="warning" title={t("hospital.compliance.found.title")} headingLevel={3}>
          <p>
            {t("hospital.compliance.found.body", {
              errors: t("hospital.compliance.errors", { n: summary.errorCount }),
              alerts: t("hospital.compliance.alerts", { n: summary.alertCount }),
            })}
          </p>
          {summary.rowsSetAside > 0 ? <p>{t("hospital.compliance.setAside", { n: summary.rowsSetAside })}</p> : null}
        </Notice>
      )}
      {listed.length > 0 ? (
        <DataTable
          caption={t("hospital.compliance.caption")}
          columns={[
            { label: t("hospital.compliance.rule") },
            { label: t("hospital.compliance.kind") },
            { label: t("hospital.compliance.count"), numeric: true },
            { label: t("hospital.compliance.first") },
          ]}
        >
          {listed.map((f) => (
            <tr key={f.rule} data-testid="compliance-finding">
              <th scope="row" className={`${rowTh} font-normal`}>
                {ruleTitle(f.rule, locale)}
                <span className="fine font-mono">{f.rule}</span>
              </th>
              <td className={td}>{f.kind === "error" ? t("hospital.compliance.kind.error") : t("hospital.compliance.kind.alert")}</td>
              <td className={numericTd}>{count(f.count)}</td>
              <td className={`${td} break-all`}>{firstFoundAt(f.first, i18n)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {unlisted > 0 ? <p className="text-slate-700">{t("hospital.compliance.more", { n: unlisted })}</p> : null}
      <Attestation summary={summary} i18n={i18n} />
    </div>
  );
}
