import type { Metadata } from "next";
import { SearchForm, type FormFilters } from "@/components/search/search-form";
import { ServiceResult } from "@/components/search/service-result";
import {
  EmptyQueryState,
  InvalidQueryState,
  NoResultsState,
  SearchErrorState,
  invalidQueryMessage,
} from "@/components/search/search-states";
import { WhatYouPay } from "@/components/search/what-you-pay";
import { Notice } from "@/components/ui/notice";
import { textLinkClass } from "@/components/ui/text-link";
import { i18nFor, type Locale } from "@/lib/i18n";
import { getI18n } from "@/lib/i18n/server";
import { parseSearchParams, searchServices, type SearchResult } from "@/lib/search";
import { searchUrl, toPageParams } from "@/lib/search/urls";
import { shoppableBySlug } from "@/lib/shoppable";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DEFAULT_FILTERS: FormFilters = { location: null, radius: null, state: null, payer: null, plan: null, setting: null, price: "cash", sort: "relevance" };

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t, locale } = await getI18n();
  const params = toPageParams(await searchParams);
  const q = params.q?.slice(0, 80);
  const service = params.service ? shoppableBySlug(params.service) : undefined;
  const title = q ? t("search.titleQuery", { q }) : service ? t("search.titleService", { name: service.name[locale] }) : t("search.meta.title");
  if (!q && !service) return { title };
  // The canonical URL and the preview image carry the search, so a shared link shows what was found.
  const canonical = searchUrl(params);
  const image = `/og/search?${new URLSearchParams({ ...(params as Record<string, string>), lang: locale }).toString()}`;
  return {
    title,
    alternates: { canonical },
    openGraph: { title, url: canonical, images: [{ url: image, width: 1200, height: 630, alt: title }] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

type Outcome =
  | { state: "empty" }
  | { state: "invalid"; q: string; message: string }
  | { state: "error"; q: string }
  | { state: "results"; q: string; result: SearchResult };

async function runSearch(raw: Awaited<SearchParams>, locale: Locale): Promise<Outcome> {
  const params = toPageParams(raw);
  if (!params.q && !params.service) return { state: "empty" };
  const parsed = parseSearchParams(params, { ignoreUnknown: true, ignoreEmpty: true });
  const q = params.q ?? "";
  if (!parsed.ok) return { state: "invalid", q, message: invalidQueryMessage(locale, parsed.error, q) };
  try {
    return { state: "results", q, result: await searchServices(parsed.query) };
  } catch (error) {
    console.error("search page failed", { error: error instanceof Error ? error.message : String(error) });
    return { state: "error", q };
  }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await getI18n();
  const raw = await searchParams;
  const params = toPageParams(raw);
  const outcome = await runSearch(raw, locale);
  const q = outcome.state === "empty" ? "" : outcome.q;
  const service = params.service && !params.q ? shoppableBySlug(params.service) : undefined;
  const filters: FormFilters =
    outcome.state === "results"
      ? outcome.result.query
      : { ...DEFAULT_FILTERS, location: params.location ?? null, payer: params.payer ?? null, plan: params.plan ?? null };

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {q ? t("search.titleQuery", { q }) : service ? t("search.titleService", { name: service.name[locale] }) : t("search.title")}
        </h1>
        <div className="max-w-4xl">
          <SearchForm locale={locale} defaultValue={q} size="compact" filters={filters} service={service?.slug ?? null} />
        </div>
      </div>

      {outcome.state === "empty" ? <EmptyQueryState locale={locale} /> : null}
      {outcome.state === "invalid" ? <InvalidQueryState locale={locale} message={outcome.message} /> : null}
      {outcome.state === "error" ? <SearchErrorState locale={locale} /> : null}
      {outcome.state === "results" && outcome.result.services.length === 0 ? <NoResultsState locale={locale} q={q || (service?.name[locale] ?? "")} /> : null}
      {outcome.state === "results" && outcome.result.services.length > 0 ? <Results result={outcome.result} locale={locale} /> : null}
    </div>
  );
}

function Results({ result, locale }: { result: SearchResult; locale: Locale }) {
  const { t, rich, list } = i18nFor(locale);
  const { services, totalServices, truncated, matchedBy, corrections, query } = result;
  const hasDemo = services.some((s) => s.hospitals.some((o) => o.hospital.isDemo));
  const shoppable = query.service ? shoppableBySlug(query.service) : undefined;
  const found =
    matchedBy === "code"
      ? t(truncated ? "search.summary.byCodeAtLeast" : "search.summary.byCode", { n: totalServices })
      : matchedBy === "service" && shoppable
        ? t("search.summary.byService", { n: totalServices, name: shoppable.name[locale] })
        : t(truncated ? "search.summary.byWordsAtLeast" : "search.summary.byWords", { n: totalServices });
  const end = services.length < totalServices ? t("search.summary.showing", { n: services.length }) : t("search.summary.end");
  const apiParams = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (v === null || v === undefined || (k === "sort" && v === "relevance") ? [] : [[k, String(v)]])),
  );
  return (
    <div className="space-y-6">
      <p className="text-slate-700" data-testid="result-summary">
        {found}
        {end}
      </p>
      {query.location && query.radius ? (
        <p className="text-slate-700">{t("search.filters.near", { radius: t("search.filters.radiusMiles", { n: query.radius }), place: query.location })}</p>
      ) : null}
      {corrections.length > 0 ? (
        <Notice title={t("search.corrections", { word: corrections[0]!.word, used: list(corrections[0]!.usedInstead.map((w) => `“${w}”`), "or") })} headingLevel={2}>
          {corrections.slice(1).map((c) => (
            <p key={c.word}>{t("search.corrections", { word: c.word, used: list(c.usedInstead.map((w) => `“${w}”`), "or") })}</p>
          ))}
        </Notice>
      ) : null}
      {hasDemo ? (
        <Notice tone="warning" title={t("search.demoNotice.title")} headingLevel={2}>
          <p>{rich("search.demoNotice.body", { strong: (c) => <strong>{c}</strong> })}</p>
        </Notice>
      ) : null}
      <ol className="space-y-8" aria-label={t("search.results.label")}>
        {services.map((service, index) => (
          <li key={service.id}>
            <ServiceResult service={service} index={index} locale={locale} payer={query.payer} />
          </li>
        ))}
      </ol>
      <WhatYouPay locale={locale} />
      <p className="text-sm text-slate-700">
        {rich("search.results.json", {
          link: (c) => (
            <a className={textLinkClass} href={`/api/v1/search?${apiParams.toString()}`}>
              {c}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
