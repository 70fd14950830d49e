// The feedback queue (/admin/feedback): visitors' "Was this helpful?" answers and wrong-price
// reports, newest first, filtered by status; each entry's status is changed with a plain form
// posting to a server action (works without JavaScript).
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { EmptyState, ScrollTable, cellClass as cell } from "@/components/app/data-table";
import { FilterForm } from "@/components/app/filter-form";
import { inputClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Pager } from "@/components/app/pager";
import { When } from "@/components/app/when";
import { Notice } from "@/components/ui/notice";
import { FEEDBACK_STATUSES, feedbackQueue, parseStatusFilter, requireOperator, type FeedbackEntry } from "@/lib/admin";
import { getI18n } from "@/lib/i18n/server";
import type { I18n } from "@/lib/i18n/translate";
import { changeFeedbackStatusAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.feedback.title"), robots: { index: false } };
}

export default async function AdminFeedbackPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const status = parseStatusFilter(one(params.status));
  const before = one(params.before) ?? null;
  const kept = new URLSearchParams(status ? { status } : {});
  await requireOperator(`/admin/feedback${kept.size ? `?${kept}` : ""}`);
  const { t, locale } = await getI18n();
  const { items, next } = await feedbackQueue({ status, before });
  const done = /^\d{1,10}$/.test(one(params.done) ?? "") ? one(params.done) : undefined;
  const changedTo = parseStatusFilter(one(params.to));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("admin.feedback.title")}</h1>
      <AdminNav current="feedback" t={t} />
      {done && changedTo ? (
        <Notice role="status">
          <p>{t("admin.feedback.changed", { id: done, status: t(`admin.feedback.status.${changedTo}`) })}</p>
        </Notice>
      ) : null}
      {one(params.error) === "notChanged" ? (
        <Notice tone="error" role="alert">
          <p>{t("admin.feedback.notChanged")}</p>
        </Notice>
      ) : null}
      <FilterForm action="/admin/feedback" fieldId="feedback-status" label={t("admin.feedback.filterLabel")} submit={t("admin.feedback.filterSubmit")}>
        <select id="feedback-status" name="status" defaultValue={status ?? ""} className={inputClass}>
          <option value="">{t("admin.feedback.all")}</option>
          {FEEDBACK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.feedback.status.${s}`)}
            </option>
          ))}
        </select>
      </FilterForm>
      {items.length === 0 ? (
        <EmptyState>{t("admin.feedback.empty")}</EmptyState>
      ) : (
        <ScrollTable id="feedback-caption" caption={t("admin.feedback.title")} columns={(["received", "kind", "page", "details", "status", "change"] as const).map((c) => t(`admin.feedback.col.${c}`))}>
          {items.map((item) => (
            <tr key={item.id} id={`feedback-${item.id}`} data-testid="feedback-item">
              <td className={cell}>
                <When at={item.createdAt} locale={locale} />
              </td>
              <th scope="row" className={`${cell} font-normal`}>
                {t(`admin.feedback.kind.${item.kind}`)} <span className="text-slate-700">{t("admin.feedback.number", { id: item.id })}</span>
              </th>
              <td className={`${cell} max-w-64 break-all`}>{item.page}</td>
              <td className={`${cell} max-w-md break-words`}>
                <Details item={item} t={t} />
              </td>
              <td className={cell}>{t(`admin.feedback.status.${item.status}`)}</td>
              <td className={cell}>
                <form action={changeFeedbackStatusAction} className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="id" value={item.id} />
                  {status ? <input type="hidden" name="filter" value={status} /> : null}
                  <label htmlFor={`status-${item.id}`} className="sr-only">
                    {t("admin.feedback.newStatus", { id: item.id })}
                  </label>
                  <select id={`status-${item.id}`} name="status" defaultValue={item.status} className="rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm text-slate-900">
                    {FEEDBACK_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`admin.feedback.status.${s}`)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className={secondaryButtonClass} aria-label={t("admin.feedback.saveLabel", { id: item.id })}>
                    {t("admin.feedback.save")}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
      <Pager
        label={t("admin.pager.label")}
        back={before ? { href: `/admin/feedback${kept.size ? `?${kept}` : ""}`, text: t("admin.pager.newest") } : null}
        forward={next ? { href: `/admin/feedback?${new URLSearchParams([...kept, ["before", next]])}`, text: t("admin.pager.older") } : null}
      />
    </div>
  );
}

function Details({ item, t }: { item: FeedbackEntry; t: I18n["t"] }) {
  const lines: [string, string | null][] = [
    [t("admin.feedback.query"), item.query],
    [t("admin.feedback.hospital"), item.hospitalSlug],
    [t("admin.feedback.service"), item.service],
    [t("admin.feedback.shownPrice"), item.shownPrice],
    [t("admin.feedback.message"), item.message],
    [t("admin.feedback.contact"), item.contactEmail],
  ];
  const present = lines.filter((l): l is [string, string] => Boolean(l[1]));
  if (present.length === 0) return <span className="text-slate-700">{t("admin.feedback.noDetails")}</span>;
  return (
    <dl>
      {present.map(([label, value]) => (
        <div key={label}>
          <dt className="inline font-semibold">{label}:</dt> <dd className="inline">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
