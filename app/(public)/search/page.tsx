import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { ServiceResult } from "@/components/search/service-result";
import {
  EmptyQueryState,
  InvalidQueryState,
  NoResultsState,
  SearchErrorState,
  invalidQueryMessage,
} from "@/components/search/search-states";
import { Notice } from "@/components/ui/notice";
import { textLinkClass } from "@/components/ui/text-link";
import { i18nFor, type Locale } from "@/lib/i18n";
import { getI18n } from "@/lib/i18n/server";
import { parseSearchParams, searchServices, type SearchResult } from "@/lib/search";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t } = await getI18n();
  const q = first((await searchParams).q)?.trim();
  return { title: q ? t("search.titleQuery", { q: q.slice(0, 80) }) : t("search.meta.title") };
}

type Outcome =
  | { state: "empty" }
  | { state: "invalid"; q: string; message: string }
  | { state: "error"; q: string }
  | { state: "results"; q: string; result: SearchResult };

async function runSearch(params: Awaited<SearchParams>, locale: Locale): Promise<Outcome> {
  const q = first(params.q) ?? "";
  if (q.trim() === "") return { state: "empty" };
  const limit = first(params.limit);
  let parsed = parseSearchParams(limit === undefined ? { q } : { q, limit });
  // A bad limit in a hand-edited URL is not worth an error page: fall back to the default.
  if (!parsed.ok && parsed.error.parameter === "limit") parsed = parseSearchParams({ q });
  if (!parsed.ok) return { state: "invalid", q: q.trim(), message: invalidQueryMessage(locale, parsed.error, q) };
  try {
    return { state: "results", q: parsed.query.q, result: await searchServices(parsed.query) };
  } catch (error) {
    console.error("search page failed", { error: error instanceof Error ? error.message : String(error) });
    return { state: "error", q: parsed.query.q };
  }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await getI18n();
  const outcome = await runSearch(await searchParams, locale);
  const q = outcome.state === "empty" ? "" : outcome.q;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {q ? t("search.titleQuery", { q }) : t("search.title")}
        </h1>
        <div className="max-w-3xl">
          <SearchForm locale={locale} defaultValue={q} size="compact" />
        </div>
      </div>

      {outcome.state === "empty" ? <EmptyQueryState locale={locale} /> : null}
      {outcome.state === "invalid" ? <InvalidQueryState locale={locale} message={outcome.message} /> : null}
      {outcome.state === "error" ? <SearchErrorState locale={locale} /> : null}
      {outcome.state === "results" && outcome.result.services.length === 0 ? (
        <NoResultsState locale={locale} q={outcome.q} />
      ) : null}
      {outcome.state === "results" && outcome.result.services.length > 0 ? (
        <Results result={outcome.result} locale={locale} />
      ) : null}
    </div>
  );
}

function Results({ result, locale }: { result: SearchResult; locale: Locale }) {
  const { t, rich } = i18nFor(locale);
  const { services, totalServices, truncated, matchedBy } = result;
  const hasDemo = services.some((s) => s.hospitals.some((o) => o.hospital.isDemo));
  const found =
    matchedBy === "code"
      ? t(truncated ? "search.summary.byCodeAtLeast" : "search.summary.byCode", { n: totalServices })
      : t(truncated ? "search.summary.byWordsAtLeast" : "search.summary.byWords", { n: totalServices });
  const end = services.length < totalServices ? t("search.summary.showing", { n: services.length }) : t("search.summary.end");
  return (
    <div className="space-y-6">
      <p className="text-slate-700" data-testid="result-summary">
        {found}
        {end}
      </p>
      {hasDemo ? (
        <Notice tone="warning" title={t("search.demoNotice.title")} headingLevel={2}>
          <p>{rich("search.demoNotice.body", { strong: (c) => <strong>{c}</strong> })}</p>
        </Notice>
      ) : null}
      <ol className="space-y-8" aria-label={t("search.results.label")}>
        {services.map((service, index) => (
          <li key={service.id}>
            <ServiceResult service={service} index={index} locale={locale} />
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-700">
        {rich("search.results.json", {
          link: (c) => (
            <a
              className={textLinkClass}
              href={`/api/v1/search?q=${encodeURIComponent(result.query.q)}&limit=${result.query.limit}`}
            >
              {c}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
