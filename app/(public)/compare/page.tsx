import type { Metadata } from "next";
import { PriceSpreadChart, type SpreadRow } from "@/components/compare/price-spread-chart";
import { HospitalNameLink } from "@/components/hospitals/hospital-name";
import { PayerRates } from "@/components/search/payer-rates";
import { priceLabel, serviceCodeLabel } from "@/components/search/listing-parts";
import { Amount } from "@/components/ui/amount";
import { hospitalTextLang, placeLabel, settingLabel } from "@/components/ui/format";
import { WhatYouPay } from "@/components/search/what-you-pay";
import { Notice } from "@/components/ui/notice";
import { DataTable, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { TextLink } from "@/components/ui/text-link";
import { getI18n } from "@/lib/i18n/server";
import { compareHospitals, parseCompareParams, MAX_COMPARED, MIN_COMPARED } from "@/lib/search/compare";
import { median } from "@/lib/search/stats";
import { shoppableForCode } from "@/lib/shoppable";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `h` may come as one comma-separated value or, from the search page's checkboxes, repeated. */
function normalize(raw: Record<string, string | string[] | undefined>) {
  const h = raw.h;
  return { ...raw, h: Array.isArray(h) ? h.join(",") : h };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t, locale } = await getI18n();
  const raw = normalize(await searchParams);
  const parsed = parseCompareParams(raw);
  if (!parsed.ok) return { title: t("compare.invalid.title") };
  const shoppable = shoppableForCode(parsed.query.service.type, parsed.query.service.code);
  const service = shoppable ? shoppable.name[locale] : `${parsed.query.service.type} ${parsed.query.service.code}`;
  const title = t("compare.meta.title", { service });
  const { query } = parsed;
  const params = new URLSearchParams({ service: `${query.service.type}:${query.service.code}`, h: query.hospitals.join(",") });
  if (query.payer) params.set("payer", query.payer);
  if (query.setting) params.set("setting", query.setting);
  if (query.price !== (query.payer ? "negotiated" : "cash")) params.set("price", query.price);
  // The canonical URL and the preview image carry the comparison, so a shared link shows the prices.
  const canonical = `/compare?${params.toString()}`;
  const image = `/og/compare?${params.toString()}&lang=${locale}`;
  return {
    title,
    alternates: { canonical },
    openGraph: { title, url: canonical, images: [{ url: image, width: 1200, height: 630, alt: title }] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const i18n = await getI18n();
  const { t, locale, money, list, date } = i18n;
  const parsed = parseCompareParams(normalize(await searchParams));
  if (!parsed.ok) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold text-slate-900">{t("compare.invalid.title")}</h1>
        <Notice
          tone="warning"
          title={parsed.parameter === "service" ? t("compare.invalid.service") : t("compare.invalid.hospitals", { min: MIN_COMPARED, max: MAX_COMPARED })}
        >
          <p>
            <TextLink href="/search">{t("compare.back")}</TextLink>
          </p>
        </Notice>
      </div>
    );
  }
  const comparison = await compareHospitals(parsed.query);
  const shoppable = shoppableForCode(comparison.service.type, comparison.service.code);
  const lang = hospitalTextLang(locale);
  const name = shoppable ? shoppable.name[locale] : comparison.label || `${comparison.service.type} ${comparison.service.code}`;
  const code = serviceCodeLabel({ code: comparison.service });
  const rows: SpreadRow[] = comparison.hospitals.map((h) => ({
    label: h.hospital.name,
    rates: h.offers.flatMap((o) => o.payers.map((p) => p.negotiatedDollar).filter((d): d is number => d !== null)),
    cash: h.offers.find((o) => o.discountedCash !== null)?.discountedCash ?? null,
  }));
  const listed = comparison.hospitals.filter((h) => h.offers.length > 0);
  const unknown = comparison.unknown.length > 0 ? t("compare.unknown", { n: comparison.unknown.length, list: list(comparison.unknown, "and") }) : null;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("compare.title", { service: name })}</h1>
        <p className="text-slate-700">
          {code ? <span className="mr-2 font-mono font-semibold text-slate-900">{code}</span> : null}
          {comparison.label && shoppable ? (
            <span className="mr-2" lang={lang}>
              “{comparison.label}”
            </span>
          ) : null}
          {t("compare.subtitle", { n: comparison.hospitals.length })}
        </p>
        {parsed.query.payer ? <p className="text-slate-700">{t("compare.payerFilter", { payer: parsed.query.payer })}</p> : null}
        <p>
          <TextLink href={`/search?q=${encodeURIComponent(comparison.service.code)}`}>{t("compare.back")}</TextLink>
        </p>
      </div>
      {unknown ? (
        <Notice tone="warning">
          <p>{unknown}</p>
        </Notice>
      ) : null}
      {comparison.hospitals
        .filter((h) => h.offers.length === 0)
        .map((h) => (
          <p key={h.hospital.slug} className="text-slate-700">
            {t("compare.notListed", { hospital: h.hospital.name })}
          </p>
        ))}

      {comparison.hospitals.length >= MIN_COMPARED ? (
        <PriceSpreadChart
          rows={rows}
          text={{
            title: t("compare.chart.title"),
            noRates: t("compare.chart.noRates"),
            legendRates: t("compare.chart.rates"),
            legendMedian: t("compare.chart.median"),
            legendCash: t("compare.chart.cash"),
            money: (v) => money(v),
            describe: (r) =>
              t("compare.chart.describe", {
                hospital: r.label,
                n: r.rates.length,
                min: money(r.rates.length ? Math.min(...r.rates) : 0),
                max: money(r.rates.length ? Math.max(...r.rates) : 0),
                median: money(r.rates.length ? median(r.rates) : 0),
              }),
          }}
        />
      ) : null}

      {listed.length > 0 ? (
        <DataTable
          caption={t("compare.table.caption", { service: name })}
          columns={[
            { label: t("compare.table.hospital") },
            { label: t("setting.label") },
            { label: t("search.filters.price"), numeric: true },
            { label: t("compare.table.rates") },
            { label: t("price.discountedCash"), numeric: true },
            { label: t("price.gross"), numeric: true },
          ]}
        >
          {listed.flatMap((h) =>
            h.offers.map((offer, i) => (
              <tr key={`${h.hospital.slug}-${i}`} data-testid="compare-row">
                <th scope="row" className={`${rowTh} font-normal`}>
                  <HospitalNameLink {...h.hospital} locale={locale} />
                  <span className="block text-slate-700">{placeLabel(h.hospital.city, h.hospital.state)}</span>
                  <span className="fine" lang={lang}>
                    “{offer.description}”
                  </span>
                  {offer.file.lastUpdatedOn ? (
                    <span className="fine">{t("search.listing.dataDate", { date: date(offer.file.lastUpdatedOn) })}</span>
                  ) : null}
                </th>
                <td className={td}>{settingLabel(offer.setting, i18n)}</td>
                <td className={numericTd}>
                  <span className="block font-semibold">
                    <Amount value={offer.price?.amount ?? null} locale={locale} />
                  </span>
                  <span className="block whitespace-normal text-xs text-slate-700">{priceLabel(offer, i18n)}</span>
                </td>
                <td className={`${td} text-xs`}>
                  {offer.spread
                    ? t("search.listing.spread", {
                        min: money(offer.spread.min),
                        max: money(offer.spread.max),
                        median: money(offer.spread.median),
                        n: offer.spread.count,
                      })
                    : t("search.service.noRates")}
                </td>
                <td className={numericTd}>
                  <Amount value={offer.discountedCash} locale={locale} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.gross} locale={locale} />
                </td>
              </tr>
            )),
          )}
        </DataTable>
      ) : null}

      {listed.some((h) => h.offers.some((o) => o.payers.length > 0)) ? (
        <div className="space-y-2">
          <h2 className="text-lg font-semibold text-slate-900">{t("search.service.ratesHeading")}</h2>
          {listed.flatMap((h) =>
            h.offers
              .filter((o) => o.payers.length > 0)
              .map((offer, i) => <PayerRates key={`${h.hospital.slug}-${i}`} offer={offer} serviceLabel={name} locale={locale} />),
          )}
        </div>
      ) : null}
      <WhatYouPay locale={locale} />
    </div>
  );
}
