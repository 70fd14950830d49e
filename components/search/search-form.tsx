import { hospitalTextLang } from "@/components/ui/format";
import { US_STATES } from "@/lib/geo/states";
import { i18nFor, type Locale } from "@/lib/i18n";
import { QUERY_MAX_LENGTH } from "@/lib/search/parameters";
import type { EchoedQuery } from "@/lib/search";

const RADII = [10, 25, 50, 100, 250];

/** The filters the form shows as chosen (a search's echoed query). */
export type FormFilters = Pick<EchoedQuery, "location" | "radius" | "state" | "payer" | "plan" | "setting" | "price" | "sort">;

/** The one hospital a search is limited to. */
export interface FormHospital {
  slug: string;
  name: string;
}

const field = "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";
const labelClass = "block text-sm font-semibold text-slate-900";

/**
 * A plain GET form: it works without JavaScript and every search has a shareable URL.
 * The filters sit in a disclosure, open when any is set. `id` keeps labels unique when a
 * page shows more than one form. With `service`, the form searches that shoppable service
 * unless words are typed. With `hospital`, it searches that hospital only: a hidden field in
 * the plain form, a box to untick among the filters.
 */
export function SearchForm({
  locale,
  defaultValue = "",
  id = "q",
  size = "large",
  filters,
  service,
  hospital,
}: {
  locale: Locale;
  defaultValue?: string;
  id?: string;
  size?: "large" | "compact";
  /** Show the filters, with these values. */
  filters?: FormFilters;
  service?: string | null;
  hospital?: FormHospital | null;
}) {
  const { t, rich } = i18nFor(locale);
  const hintId = `${id}-hint`;
  const active = filters
    ? [hospital, filters.location, filters.state, filters.payer, filters.plan, filters.setting, filters.sort !== "relevance" ? filters.sort : null].filter(Boolean).length
    : 0;
  return (
    <form method="get" action="/search" role="search" aria-label={t("search.form.label")} className="w-full space-y-3">
      <div>
        <label htmlFor={id} className="block text-base font-semibold text-slate-900">
          {t("search.form.field")}
        </label>
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {rich("search.form.hint", {
            code1: <span className="font-mono">70551</span>,
            code2: <span className="font-mono">470</span>,
            words: <span lang={hospitalTextLang(locale)}>knee replacement</span>,
          })}
        </p>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          <input
            id={id}
            name="q"
            type="search"
            required={!service}
            maxLength={QUERY_MAX_LENGTH}
            defaultValue={defaultValue}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            className={`w-full rounded-md border border-slate-500 bg-white px-3 text-slate-900 placeholder:text-slate-600 ${
              size === "large" ? "py-3 text-lg" : "py-2 text-base"
            }`}
          />
          <button
            type="submit"
            className={`rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900 ${
              size === "large" ? "py-3 text-lg" : "py-2 text-base"
            }`}
          >
            {t("search.form.submit")}
          </button>
        </div>
        {service ? <input type="hidden" name="service" value={service} /> : null}
        {hospital && !filters ? <input type="hidden" name="hospital" value={hospital.slug} /> : null}
      </div>
      {filters ? <Filters id={id} locale={locale} filters={filters} hospital={hospital ?? null} active={active} /> : null}
    </form>
  );
}

function Filters({
  id,
  locale,
  filters,
  hospital,
  active,
}: {
  id: string;
  locale: Locale;
  filters: FormFilters;
  hospital: FormHospital | null;
  active: number;
}) {
  const { t } = i18nFor(locale);
  const f = (name: string) => `${id}-${name}`;
  return (
    <details open={active > 0} className="rounded-md border border-slate-300 bg-slate-50">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-slate-900">
        {t("search.filters.summary")}
        {active > 0 ? <span className="ml-2 font-normal text-slate-700">({t("search.filters.active", { n: active })})</span> : null}
      </summary>
      <div className="grid gap-4 p-3 sm:grid-cols-2 lg:grid-cols-4">
        {hospital ? (
          <p className="flex items-center gap-2 sm:col-span-2 lg:col-span-4">
            <input id={f("hospital")} type="checkbox" name="hospital" value={hospital.slug} defaultChecked className="h-5 w-5" />
            <label htmlFor={f("hospital")} className="text-sm font-semibold text-slate-900">
              {t("search.filters.onlyAt", { hospital: hospital.name })}
            </label>
          </p>
        ) : null}
        <div className="sm:col-span-2">
          <label htmlFor={f("location")} className={labelClass}>
            {t("search.filters.location")}
          </label>
          <input
            id={f("location")}
            name="location"
            type="text"
            defaultValue={filters.location ?? ""}
            maxLength={100}
            autoComplete="postal-code"
            aria-describedby={f("location-hint")}
            className={field}
          />
          <p id={f("location-hint")} className="mt-1 text-xs text-slate-700">
            {t("search.filters.locationHint")}
          </p>
        </div>
        <div>
          <label htmlFor={f("radius")} className={labelClass}>
            {t("search.filters.radius")}
          </label>
          <select id={f("radius")} name="radius" defaultValue={String(filters.radius ?? 50)} className={field}>
            {RADII.map((r) => (
              <option key={r} value={r}>
                {t("search.filters.radiusMiles", { n: r })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={f("state")} className={labelClass}>
            {t("search.filters.state")}
          </label>
          <select id={f("state")} name="state" defaultValue={filters.state ?? ""} className={field}>
            <option value="">{t("search.filters.anyState")}</option>
            {US_STATES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={f("payer")} className={labelClass}>
            {t("search.filters.payer")}
          </label>
          <input
            id={f("payer")}
            name="payer"
            type="text"
            defaultValue={filters.payer ?? ""}
            maxLength={100}
            aria-describedby={f("payer-hint")}
            className={field}
          />
          <p id={f("payer-hint")} className="mt-1 text-xs text-slate-700">
            {t("search.filters.payerHint")}
          </p>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={f("plan")} className={labelClass}>
            {t("search.filters.plan")}
          </label>
          <input id={f("plan")} name="plan" type="text" defaultValue={filters.plan ?? ""} maxLength={100} className={field} />
        </div>
        <div>
          <label htmlFor={f("setting")} className={labelClass}>
            {t("search.filters.setting")}
          </label>
          <select id={f("setting")} name="setting" defaultValue={filters.setting ?? ""} className={field}>
            <option value="">{t("search.filters.anySetting")}</option>
            <option value="outpatient">{t("setting.outpatient")}</option>
            <option value="inpatient">{t("setting.inpatient")}</option>
          </select>
        </div>
        <div>
          <label htmlFor={f("price")} className={labelClass}>
            {t("search.filters.price")}
          </label>
          <select id={f("price")} name="price" defaultValue={filters.price} className={field}>
            <option value="cash">{t("search.filters.price.cash")}</option>
            <option value="negotiated">{t("search.filters.price.negotiated")}</option>
            <option value="gross">{t("search.filters.price.gross")}</option>
          </select>
        </div>
        <div>
          <label htmlFor={f("sort")} className={labelClass}>
            {t("search.filters.sort")}
          </label>
          <select id={f("sort")} name="sort" defaultValue={filters.sort} className={field}>
            <option value="relevance">{t("search.filters.sort.relevance")}</option>
            <option value="price">{t("search.filters.sort.price")}</option>
            <option value="distance">{t("search.filters.sort.distance")}</option>
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("search.filters.apply")}
          </button>
        </div>
      </div>
    </details>
  );
}
