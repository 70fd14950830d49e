import { Amount } from "@/components/ui/amount";
import { billingClassLabel, hospitalTextLang, placeLabel, settingLabel } from "@/components/ui/format";
import { DataTable, type Column, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { textLinkClass } from "@/components/ui/text-link";
import { HospitalNameLink } from "@/components/hospitals/hospital-name";
import { i18nFor, type I18n, type Locale } from "@/lib/i18n";
import type { ServiceOffer, ServiceResult as Service } from "@/lib/search";
import { reportLink } from "@/lib/feedback/report-link";
import { shoppableBySlug } from "@/lib/shoppable";
import { BriefListings } from "./brief-listings";
import { priceLabel, serviceCodeLabel, serviceId, shownPrice, Spread } from "./listing-parts";
import { PayerRates } from "./payer-rates";

function offerColumns({ t }: I18n, compare: boolean): Column[] {
  return [
    { label: t("search.service.hospital") },
    { label: t("setting.label") },
    { label: t("search.filters.price"), numeric: true },
    { label: t("compare.table.rates") },
    { label: t("price.discountedCash"), numeric: true },
    { label: t("price.gross"), numeric: true },
    ...(compare ? [{ label: t("search.listing.compareButton"), srOnly: true }] : []),
  ];
}

function HospitalCell({ offer, i18n, payer, service }: { offer: ServiceOffer; i18n: I18n; payer: string | null; service: string | null }) {
  const { t, rich, locale, date } = i18n;
  const lang = hospitalTextLang(locale);
  const place = placeLabel(offer.hospital.city, offer.hospital.state);
  const miles = offer.hospital.distanceMiles;
  return (
    <>
      <HospitalNameLink {...offer.hospital} locale={locale} />
      {place || miles !== null ? (
        <span className="block text-slate-700">
          {[place, miles !== null ? t("search.listing.distance", { miles: t("search.filters.radiusMiles", { n: miles }) }) : null]
            .filter(Boolean)
            .join(" · ")}
        </span>
      ) : null}
      <span className="fine mt-1" lang={lang}>
        “{offer.description}”
      </span>
      {offer.modifiers ? <span className="fine">{t("search.service.modifiers", { modifiers: offer.modifiers })}</span> : null}
      <span className="fine mt-1">
        {offer.file.lastUpdatedOn ? t("search.listing.dataDate", { date: date(offer.file.lastUpdatedOn) }) : null}
        {/^https?:\/\//.test(offer.file.source) ? (
          <>
            {" · "}
            <a className={textLinkClass} href={offer.file.source} rel="nofollow noopener" target="_blank">
              {t("search.listing.source")}
            </a>
          </>
        ) : null}
      </span>
      {service ? (
        <span className="fine mt-1">
          <a className={textLinkClass} href={reportLink(offer.hospital.slug, service, shownPrice(offer, i18n))}>
            {rich("search.listing.report", { hospital: offer.hospital.name, sr: (c) => <span className="sr-only">{c}</span> })}
          </a>
        </span>
      ) : null}
      {payer !== null && offer.hasPayerRate === false ? (
        <span className="mt-1 block text-xs font-medium text-amber-900">{t("search.listing.noPayerRate", { payer })}</span>
      ) : null}
    </>
  );
}

/**
 * One service: each hospital's price (the one asked for: an insurer's rate, cash or gross),
 * the spread of insurer rates, cash and gross side by side, a way to compare hospitals, and
 * each insurer's rates. In brief (the search page's services after the first), the insurers'
 * tables give way to a link to the service's own search, where they are.
 */
export function ServiceResult({
  service,
  index,
  locale,
  payer = null,
  brief = false,
  moreHref = null,
  allHref = null,
}: {
  service: Service;
  index: number;
  locale: Locale;
  payer?: string | null;
  brief?: boolean;
  /** The same search showing more hospitals for this service, when there is room for more. */
  moreHref?: string | null;
  /** The search for this service alone (its code), for a service shown in brief. */
  allHref?: string | null;
}) {
  const i18n = i18nFor(locale);
  const { t } = i18n;
  const lang = hospitalTextLang(locale);
  const headingId = `service-${index}`;
  const code = serviceCodeLabel(service);
  const shoppable = service.shoppable ? shoppableBySlug(service.shoppable) : undefined;
  const caption = code
    ? t("search.service.captionWithCode", { service: service.label, code })
    : t("search.service.caption", { service: service.label });
  const withPayers = service.hospitals.filter((o) => o.payers.length > 0);
  // Comparing needs a code (it is what the hospitals are matched on) and two hospitals.
  const compareSlugs = [...new Set(service.hospitals.map((o) => o.hospital.slug))];
  const compare = code !== null && compareSlugs.length >= 2;
  const firstRowOf = new Set(compareSlugs.map((slug) => service.hospitals.findIndex((o) => o.hospital.slug === slug)));
  const compareForm = `compare-${index}`;
  const heading = (
    <div>
      <h2 id={headingId} className="text-xl font-semibold text-slate-900">
        {shoppable ? shoppable.name[locale] : <span lang={lang}>{service.label}</span>}
      </h2>
      {shoppable ? <p className="mt-1 text-sm text-slate-800">{shoppable.description[locale]}</p> : null}
      <p className="mt-1 text-sm text-slate-700">
        {code ? <span className="mr-2 font-mono font-semibold text-slate-900">{code}</span> : null}
        {shoppable ? (
          <span className="mr-2" lang={lang}>
            “{service.label}”
          </span>
        ) : null}
        {t("search.service.listedBy", { n: service.hospitalCount })}
      </p>
    </div>
  );

  if (brief) {
    return (
      <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-300 p-3 shadow-sm sm:p-4">
        {heading}
        <BriefListings service={service} i18n={i18n} />
        {service.hospitalsTruncated ? <p className="text-sm text-slate-700">{t("search.service.truncated", { n: service.hospitals.length })}</p> : null}
        {allHref && code ? (
          <p className="text-sm">
            <a className={textLinkClass} href={allHref}>
              {t("search.service.seeAll", { code })}
            </a>
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-300 p-3 shadow-sm sm:p-4">
      {heading}

      {compare ? (
        <form id={compareForm} method="get" action="/compare">
          <input type="hidden" name="service" value={`${service.code!.type}:${service.code!.code}`} />
          {payer ? <input type="hidden" name="payer" value={payer} /> : null}
        </form>
      ) : null}

      {/* Phones get one card per hospital; wider screens a comparison table. Only one is displayed. */}
      <OfferCards service={service} i18n={i18n} payer={payer} compareForm={compare ? compareForm : null} firstRowOf={firstRowOf} />
      <div className="hidden sm:block">
        <DataTable caption={caption} columns={offerColumns(i18n, compare)}>
          {service.hospitals.map((offer, i) => (
            <tr key={`${offer.hospital.slug}-${i}`} data-testid="hospital-price-row">
              <th scope="row" className={`${rowTh} min-w-56 font-normal`}>
                <HospitalCell offer={offer} i18n={i18n} payer={payer} service={serviceId(service)} />
              </th>
              <td className={td}>
                {settingLabel(offer.setting, i18n)}
                {offer.billingClass ? <span className="fine">{billingClassLabel(offer.billingClass, i18n)}</span> : null}
              </td>
              <td className={numericTd}>
                <span className="block font-semibold">
                  <Amount value={offer.price?.amount ?? null} locale={locale} />
                </span>
                <span className="block whitespace-normal text-xs font-normal text-slate-700">{priceLabel(offer, i18n)}</span>
              </td>
              <td className={`${td} min-w-40 text-xs`}>
                <Spread offer={offer} i18n={i18n} />
              </td>
              <td className={numericTd}>
                <Amount value={offer.discountedCash} locale={locale} />
              </td>
              <td className={numericTd}>
                <Amount value={offer.gross} locale={locale} />
              </td>
              {compare ? (
                <td className={td}>
                  {firstRowOf.has(i) ? <CompareBox offer={offer} i18n={i18n} form={compareForm} id={`${compareForm}-t-${i}`} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      </div>
      {compare ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" form={compareForm} className="rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
            {t("search.listing.compareButton")}
          </button>
          <span className="text-sm text-slate-700">{t("search.listing.compareHint")}</span>
        </div>
      ) : null}
      {service.hospitalsTruncated ? (
        <p className="text-sm text-slate-700">
          {t("search.service.truncated", { n: service.hospitals.length })}{" "}
          {moreHref ? (
            <a className={textLinkClass} href={moreHref}>
              {t("search.service.showMore")}
            </a>
          ) : (
            t("search.service.narrow")
          )}
        </p>
      ) : null}

      {withPayers.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-base font-semibold text-slate-900">{t("search.service.ratesHeading")}</h3>
          <div className="space-y-2">
            {withPayers.map((offer, i) => (
              <PayerRates key={`${offer.hospital.slug}-${i}`} offer={offer} serviceLabel={service.label} locale={locale} />
            ))}
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("search.service.noRates")}</p>
      )}
    </section>
  );
}

function CompareBox({ offer, i18n, form, id }: { offer: ServiceOffer; i18n: I18n; form: string; id: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <input id={id} type="checkbox" name="h" value={offer.hospital.slug} form={form} className="h-5 w-5" />
      <label htmlFor={id} className="sr-only">
        {i18n.t("search.listing.compare", { hospital: offer.hospital.name })}
      </label>
    </span>
  );
}

function OfferCards({
  service,
  i18n,
  payer,
  compareForm,
  firstRowOf,
}: {
  service: Service;
  i18n: I18n;
  payer: string | null;
  compareForm: string | null;
  firstRowOf: Set<number>;
}) {
  const { t, locale } = i18n;
  const rows: [string, (o: ServiceOffer) => number | null][] = [
    [t("price.discountedCash"), (o) => o.discountedCash],
    [t("price.gross"), (o) => o.gross],
  ];
  return (
    <ul className="space-y-3 sm:hidden" aria-label={t("search.service.cardsLabel", { service: service.label })}>
      {service.hospitals.map((offer, i) => (
        <li key={`${offer.hospital.slug}-${i}`} className="rounded-md border border-slate-300 p-3">
          <HospitalCell offer={offer} i18n={i18n} payer={payer} service={serviceId(service)} />
          <p className="mt-1 text-sm text-slate-700">
            {[settingLabel(offer.setting, i18n), offer.billingClass ? billingClassLabel(offer.billingClass, i18n) : null].filter(Boolean).join(" · ")}
          </p>
          <p className="mt-2 text-lg font-semibold text-slate-900 tabular-nums">
            <Amount value={offer.price?.amount ?? null} locale={locale} />{" "}
            <span className="text-sm font-normal text-slate-700">{priceLabel(offer, i18n)}</span>
          </p>
          <p className="text-sm text-slate-800">
            <Spread offer={offer} i18n={i18n} />
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-700">{label}</dt>
                <dd className="text-right font-medium text-slate-900 tabular-nums">
                  <Amount value={value(offer)} locale={locale} />
                </dd>
              </div>
            ))}
          </dl>
          {compareForm && firstRowOf.has(i) ? (
            <p className="mt-2 flex items-center gap-2 text-sm">
              <input id={`${compareForm}-c-${i}`} type="checkbox" name="h" value={offer.hospital.slug} form={compareForm} className="h-5 w-5" />
              <label htmlFor={`${compareForm}-c-${i}`}>{t("search.listing.compare", { hospital: offer.hospital.name })}</label>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
