// The /search page's content, from lib/search/search-page's plan and outcome (ADR 14): the
// heading and the GET form, then guidance, an error, or — when the search has run — the
// results grouped by service, and "Was this helpful?" posted back to the page. The outcome is
// rendered apart so that the page can be sent in document order: everything up to the
// results first, the results when the database has answered.
import type { ReactNode } from "react";
import { HelpfulPromptPost } from "@/components/feedback/helpful-prompt-post";
import { Notice } from "@/components/ui/notice";
import { textLinkClass } from "@/components/ui/text-link";
import type { HelpfulFormState } from "@/lib/feedback/types";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { SearchResult } from "@/lib/search";
import { MAX_OFFERS_PER_SERVICE, MAX_SERVICE_LIMIT } from "@/lib/search/parameters";
import type { SearchPageOutcome, SearchPagePlan } from "@/lib/search/search-page";
import { PAGE_LISTINGS_STEP, PAGE_SERVICE_LIMIT, canonicalSearchUrl, searchUrl, shownListings, type PageParams } from "@/lib/search/urls";
import { shoppableBySlug } from "@/lib/shoppable";
import { SearchForm } from "./search-form";
import { EmptyQueryState, InvalidQueryState, NoResultsState, SearchErrorState, invalidQueryMessage } from "./search-states";
import { ServiceResult } from "./service-result";
import { WhatYouPay } from "./what-you-pay";

/** The id of the feedback section: a posted answer comes back scrolled to it. */
export const FEEDBACK_ANCHOR = "feedback";

type PlanHead = Pick<SearchPagePlan, "params" | "q" | "serviceSlug">;

/** The page's title, and for a search its canonical URL and preview image (app/og/search). */
export function searchPageHead(plan: PlanHead, locale: Locale): { title: string; canonical?: string; image?: string } {
  const { t } = i18nFor(locale);
  const q = plan.q.slice(0, 80);
  const service = plan.serviceSlug ? shoppableBySlug(plan.serviceSlug) : undefined;
  if (!q && !service) return { title: t("search.meta.title") };
  const title = q ? t("search.titleQuery", { q }) : t("search.titleService", { name: service!.name[locale] });
  // The canonical URL and the preview image carry the search, so a shared link shows what was found.
  const canonical = canonicalSearchUrl(plan.params);
  const image = `/og/search?${new URLSearchParams({ ...Object.fromEntries(new URL(canonical, "http://localhost").searchParams), lang: locale }).toString()}`;
  return { title, canonical, image };
}

/**
 * The page. `outcome` is where a search's outcome goes (SearchOutcomeView, or a slot the
 * outcome is streamed into), after a "Searching…" status that CSS hides once it is there.
 */
export function SearchPageView({ plan, locale, feedback, outcome }: { plan: SearchPagePlan; locale: Locale; feedback: HelpfulFormState; outcome: ReactNode }) {
  const { t } = i18nFor(locale);
  const { params, q, search } = plan;
  const service = plan.serviceSlug ? shoppableBySlug(plan.serviceSlug) : undefined;
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {q ? t("search.titleQuery", { q }) : service ? t("search.titleService", { name: service.name[locale] }) : t("search.title")}
        </h1>
        <div className="max-w-4xl">
          <SearchForm locale={locale} defaultValue={q} size="compact" filters={plan.filters} service={service?.slug ?? null} hospital={plan.hospital} />
        </div>
      </div>

      {search.kind === "start" ? <EmptyQueryState locale={locale} /> : null}
      {search.kind === "invalid" ? <InvalidQueryState locale={locale} message={invalidQueryMessage(locale, search.error, { q, location: params.location })} /> : null}
      {search.kind === "search" ? (
        <div>
          <p role="status" className="text-slate-700 [&:has(~[data-search-outcome])]:hidden">
            {t("search.loading")}
          </p>
          {outcome}
        </div>
      ) : null}
      {search.kind !== "start" ? (
        <section id={FEEDBACK_ANCHOR} aria-label={t("feedback.section.heading")} className="border-t border-slate-200 pt-6">
          <HelpfulPromptPost locale={locale} page={canonicalSearchUrl(params)} {...(q && { query: q })} action={`${searchUrl(params)}#${FEEDBACK_ANCHOR}`} state={feedback} />
        </section>
      ) : null}
    </div>
  );
}

/** What the search found (or that it failed): one element, marked so that the status before it hides. */
export function SearchOutcomeView({ plan, outcome, locale }: { plan: SearchPagePlan; outcome: SearchPageOutcome; locale: Locale }) {
  const label = plan.q || (plan.serviceSlug ? (shoppableBySlug(plan.serviceSlug)?.name[locale] ?? "") : "");
  return (
    <div data-search-outcome="">
      {outcome.kind === "failed" ? <SearchErrorState locale={locale} /> : null}
      {outcome.kind === "results" && outcome.result.services.length === 0 ? <NoResultsState locale={locale} q={label} /> : null}
      {outcome.kind === "results" && outcome.result.services.length > 0 ? <Results result={outcome.result} params={plan.params} locale={locale} /> : null}
    </div>
  );
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
