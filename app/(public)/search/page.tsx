import type { Metadata } from "next";
import { Suspense } from "react";
import { HelpfulPrompt } from "@/components/feedback";
import { SearchForm, type FormFilters, type FormHospital } from "@/components/search/search-form";
import { ServiceResult } from "@/components/search/service-result";
import {
  EmptyQueryState,
  InvalidQueryState,
  NoResultsState,
  SearchErrorState,
  SearchingState,
  invalidQueryMessage,
} from "@/components/search/search-states";
import { WhatYouPay } from "@/components/search/what-you-pay";
import { Notice } from "@/components/ui/notice";
import { textLinkClass } from "@/components/ui/text-link";
import { i18nFor, type Locale } from "@/lib/i18n";
import { getI18n } from "@/lib/i18n/server";
import { echoQuery, getHospitalName, parseSearchParams, searchServices, type SearchQuery, type SearchResult } from "@/lib/search";
import {
  PAGE_LISTINGS_STEP,
  PAGE_SERVICE_LIMIT,
  canonicalSearchUrl,
  pageListingCaps,
  searchUrl,
  shownListings,
  toPageParams,
  type PageParams,
} from "@/lib/search/urls";
import { MAX_OFFERS_PER_SERVICE, MAX_SERVICE_LIMIT } from "@/lib/search";
import { shoppableBySlug } from "@/lib/shoppable";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DEFAULT_FILTERS: FormFilters = { location: null, radius: null, state: null, payer: null, plan: null, setting: null, price: "cash", sort: "relevance" };

const searchParamsOf = (url: string) => Object.fromEntries(new URL(url, "http://localhost").searchParams);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t, locale } = await getI18n();
  const params = toPageParams(await searchParams);
  const q = params.q?.slice(0, 80);
  const service = params.service ? shoppableBySlug(params.service) : undefined;
  const title = q ? t("search.titleQuery", { q }) : service ? t("search.titleService", { name: service.name[locale] }) : t("search.meta.title");
  if (!q && !service) return { title };
  // The canonical URL and the preview image carry the search, so a shared link shows what was found.
  const canonical = canonicalSearchUrl(params);
  const image = `/og/search?${new URLSearchParams({ ...(searchParamsOf(canonical) as Record<string, string>), lang: locale }).toString()}`;
  return {
    title,
    alternates: { canonical },
    openGraph: { title, url: canonical, images: [{ url: image, width: 1200, height: 630, alt: title }] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await getI18n();
  const params = toPageParams(await searchParams);
  const q = params.q ?? "";
  const service = params.service && !params.q ? shoppableBySlug(params.service) : undefined;
  const parsed = params.q || params.service ? parseSearchParams(params, { ignoreUnknown: true, ignoreEmpty: true }) : null;
  const filters: FormFilters = parsed?.ok
    ? echoQuery(parsed.query)
    : { ...DEFAULT_FILTERS, location: params.location ?? null, payer: params.payer ?? null, plan: params.plan ?? null };

  const hospital = parsed?.ok && parsed.query.hospital ? await hospitalFilter(parsed.query.hospital) : null;

  // The heading and the form are sent at once; the results stream in behind a
  // "Searching…" status when they are ready (the database is the slow part). Revealing
  // streamed results takes JavaScript: without it, the status reloads the page at once as
  // `nojs=1`, which is rendered whole (and keeps `nojs` in its form and links).
  const noScript = params.nojs === "1";
  const results = parsed?.ok ? (
    <SearchResults
      // The page lists fewer services than the API unless a limit is asked for (see lib/search/urls.ts).
      query={params.limit ? parsed.query : { ...parsed.query, limit: PAGE_SERVICE_LIMIT }}
      params={params}
      locale={locale}
      label={q || (service?.name[locale] ?? "")}
    />
  ) : null;
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {q ? t("search.titleQuery", { q }) : service ? t("search.titleService", { name: service.name[locale] }) : t("search.title")}
        </h1>
        <div className="max-w-4xl">
          <SearchForm
            locale={locale}
            defaultValue={q}
            size="compact"
            filters={filters}
            service={service?.slug ?? null}
            hospital={hospital}
            noScript={noScript}
          />
        </div>
      </div>

      {parsed === null ? <EmptyQueryState locale={locale} /> : null}
      {parsed?.ok === false ? <InvalidQueryState locale={locale} message={invalidQueryMessage(locale, parsed.error, { q, location: params.location })} /> : null}
      {results && noScript ? results : null}
      {results && !noScript ? (
        <Suspense key={searchUrl(params)} fallback={<SearchingState locale={locale} withoutScript={searchUrl({ ...params, nojs: "1" })} />}>
          {results}
        </Suspense>
      ) : null}
      {parsed ? (
        <section aria-label={t("feedback.section.heading")} className="border-t border-slate-200 pt-6">
          <HelpfulPrompt locale={locale} page={canonicalSearchUrl(params)} {...(q && { query: q })} />
        </section>
      ) : null}
    </div>
  );
}

/** The hospital a search is limited to, named for the form (by its slug if it cannot be looked up). */
async function hospitalFilter(slug: string): Promise<FormHospital> {
  try {
    return { slug, name: (await getHospitalName(slug)) ?? slug };
  } catch (error) {
    console.error("hospital name look-up failed", { error: error instanceof Error ? error.message : String(error) });
    return { slug, name: slug };
  }
}

async function SearchResults({ query, params, locale, label }: { query: SearchQuery; params: PageParams; locale: Locale; label: string }) {
  let result: SearchResult;
  try {
    result = await searchServices(query, pageListingCaps(params));
  } catch (error) {
    console.error("search page failed", { error: error instanceof Error ? error.message : String(error) });
    return <SearchErrorState locale={locale} />;
  }
  if (result.services.length === 0) return <NoResultsState locale={locale} q={label} />;
  return <Results result={result} params={params} locale={locale} />;
}

/** Links from the results: more hospitals for the first service, each other service's own search, more services. */
function resultLinks(params: PageParams, result: SearchResult) {
  const filters: PageParams = { ...params, q: undefined, service: undefined, show: undefined, limit: undefined };
  const shown = shownListings(params);
  const limit = result.query.limit;
  return {
    more: shown < MAX_OFFERS_PER_SERVICE ? `${searchUrl({ ...params, show: String(shown + PAGE_LISTINGS_STEP) })}#service-0` : null,
    serviceSearch: (code: { type: string; code: string } | null) => (code ? searchUrl({ ...filters, q: `${code.type} ${code.code}` }) : null),
    moreServices:
      result.services.length < result.totalServices && limit < MAX_SERVICE_LIMIT ? searchUrl({ ...params, show: undefined, limit: String(Math.min(MAX_SERVICE_LIMIT, limit + PAGE_SERVICE_LIMIT)) }) : null,
  };
}

function Results({ result, params, locale }: { result: SearchResult; params: PageParams; locale: Locale }) {
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
  const links = resultLinks(params, result);
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
            <ServiceResult
              service={service}
              index={index}
              locale={locale}
              payer={query.payer}
              brief={index > 0}
              moreHref={index === 0 ? links.more : null}
              allHref={index > 0 ? links.serviceSearch(service.code) : null}
            />
          </li>
        ))}
      </ol>
      {links.moreServices ? (
        <p>
          <a className={textLinkClass} href={links.moreServices}>
            {t("search.summary.moreServices")}
          </a>
        </p>
      ) : null}
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
