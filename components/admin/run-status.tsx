// An ingestion run's status in words, with a colour that is never the only cue.
import type { RunStatus } from "@/lib/admin";
import type { I18n } from "@/lib/i18n/translate";

const tone: Record<RunStatus, string> = {
  succeeded: "border-green-700 bg-green-50 text-green-900",
  skipped: "border-slate-500 bg-slate-50 text-slate-900",
  failed: "border-red-700 bg-red-50 text-red-900",
};

export function RunStatusBadge({ status, t }: { status: RunStatus; t: I18n["t"] }) {
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${tone[status]}`}>{t(`admin.runs.status.${status}`)}</span>;
}
