import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { ServiceResult } from "@/components/search/service-result";
import { EmptyQueryState, InvalidQueryState, NoResultsState, SearchErrorState } from "@/components/search/search-states";
import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { textLinkClass } from "@/components/ui/text-link";
import { parseSearchParams, searchServices, type SearchResult } from "@/lib/search";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = first((await searchParams).q)?.trim();
  return { title: q ? `Prices for “${q.slice(0, 80)}”` : "Search prices" };
}

type Outcome =
  | { state: "empty" }
  | { state: "invalid"; q: string; message: string }
  | { state: "error"; q: string }
  | { state: "results"; q: string; result: SearchResult };

async function runSearch(params: Awaited<SearchParams>): Promise<Outcome> {
  const q = first(params.q) ?? "";
  if (q.trim() === "") return { state: "empty" };
  const limit = first(params.limit);
  let parsed = parseSearchParams(limit === undefined ? { q } : { q, limit });
  // A bad limit in a hand-edited URL is not worth an error page: fall back to the default.
  if (!parsed.ok && parsed.error.parameter === "limit") parsed = parseSearchParams({ q });
  if (!parsed.ok) return { state: "invalid", q: q.trim(), message: parsed.error.message };
  try {
    return { state: "results", q: parsed.query.q, result: await searchServices(parsed.query) };
  } catch (error) {
    console.error("search page failed", { error: error instanceof Error ? error.message : String(error) });
    return { state: "error", q: parsed.query.q };
  }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const outcome = await runSearch(await searchParams);
  const q = outcome.state === "empty" ? "" : outcome.q;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {q ? <>Prices for “{q}”</> : "Search hospital prices"}
        </h1>
        <div className="max-w-3xl">
          <SearchForm defaultValue={q} size="compact" />
        </div>
      </div>

      {outcome.state === "empty" ? <EmptyQueryState /> : null}
      {outcome.state === "invalid" ? <InvalidQueryState message={outcome.message} /> : null}
      {outcome.state === "error" ? <SearchErrorState /> : null}
      {outcome.state === "results" && outcome.result.services.length === 0 ? <NoResultsState q={outcome.q} /> : null}
      {outcome.state === "results" && outcome.result.services.length > 0 ? <Results result={outcome.result} /> : null}
    </div>
  );
}

function Results({ result }: { result: SearchResult }) {
  const { services, totalServices, truncated, matchedBy } = result;
  const hasDemo = services.some((s) => s.hospitals.some((o) => o.hospital.isDemo));
  const total = `${truncated ? "at least " : ""}${formatCount(totalServices)}`;
  return (
    <div className="space-y-6">
      <p className="text-slate-700" data-testid="result-summary">
        {totalServices === 1 ? "1 service" : `${total} services`} found by{" "}
        {matchedBy === "code" ? "billing code" : "words in the hospitals’ descriptions"}
        {services.length < totalServices
          ? `; showing the ${formatCount(services.length)} listed by the most hospitals.`
          : "."}
      </p>
      {hasDemo ? (
        <Notice tone="warning" title="Includes demo data" headingLevel={2}>
          <p>
            Hospitals marked <strong>Demo data</strong> are fictional and their prices are made up. They are here to
            show how the search works.
          </p>
        </Notice>
      ) : null}
      <ol className="space-y-8" aria-label="Services">
        {services.map((service, index) => (
          <li key={service.id}>
            <ServiceResult service={service} index={index} />
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-700">
        Developers:{" "}
        <a
          className={textLinkClass}
          href={`/api/v1/search?q=${encodeURIComponent(result.query.q)}&limit=${result.query.limit}`}
        >
          these results as JSON
        </a>
        .
      </p>
    </div>
  );
}
