import { ExampleSearches } from "@/components/search/example-searches";
import { SearchForm } from "@/components/search/search-form";

// Rendered per request like every public page: the proxy's per-request headers apply and nothing
// is prerendered at build time (there is no database during `next build`).
export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Compare hospital prices</h1>
        <p className="text-lg leading-8 text-slate-700">
          See what hospitals charge for a service — the full price, the discounted cash price and the rates they
          negotiated with each insurer — straight from the price files hospitals are required to publish.
        </p>
      </div>
      <div className="max-w-3xl">
        <SearchForm />
      </div>
      <ExampleSearches />
      <section aria-labelledby="price-terms-heading" className="max-w-3xl">
        <h2 id="price-terms-heading" className="text-lg font-semibold text-slate-900">
          What the prices mean
        </h2>
        <dl className="mt-2 space-y-3 text-sm leading-6 text-slate-700">
          <div>
            <dt className="font-semibold text-slate-900">Gross charge</dt>
            <dd>The hospital’s list price, before any discount or insurance.</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">Discounted cash price</dt>
            <dd>What the hospital charges people who pay in cash.</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">Negotiated rate</dt>
            <dd>What an insurer’s plan agreed to pay; the lowest and highest show the range across insurers.</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
