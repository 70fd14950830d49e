import { ExampleSearches } from "@/components/search/example-searches";
import { SearchForm } from "@/components/search/search-form";
import { getI18n } from "@/lib/i18n/server";

// Rendered per request like every public page: the proxy's per-request headers apply and nothing
// is prerendered at build time (there is no database during `next build`).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { locale, t } = await getI18n();
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("home.title")}</h1>
        <p className="text-lg leading-8 text-slate-700">{t("home.intro")}</p>
      </div>
      <div className="max-w-3xl">
        <SearchForm locale={locale} />
      </div>
      <ExampleSearches locale={locale} />
      <section aria-labelledby="price-terms-heading" className="max-w-3xl">
        <h2 id="price-terms-heading" className="text-lg font-semibold text-slate-900">
          {t("home.terms.heading")}
        </h2>
        <dl className="mt-2 space-y-3 text-sm leading-6 text-slate-700">
          <div>
            <dt className="font-semibold text-slate-900">{t("price.gross")}</dt>
            <dd>{t("home.terms.gross")}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">{t("price.discountedCash")}</dt>
            <dd>{t("home.terms.discountedCash")}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">{t("price.negotiated")}</dt>
            <dd>{t("home.terms.negotiated")}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
