import { Amount } from "@/components/ui/amount";
import { billingClassLabel, hospitalTextLang, placeLabel, settingLabel } from "@/components/ui/format";
import { DataTable, type Column, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { HospitalNameLink } from "@/components/hospitals/hospital-name";
import { i18nFor, type I18n, type Locale } from "@/lib/i18n";
import type { ServiceResult as Service } from "@/lib/search";
import { PayerRates } from "./payer-rates";

function offerColumns({ t }: I18n): Column[] {
  return [
    { label: t("search.service.hospital") },
    { label: t("setting.label") },
    { label: t("price.gross"), numeric: true },
    { label: t("price.discountedCash"), numeric: true },
    { label: t("price.lowestNegotiated"), numeric: true },
    { label: t("price.highestNegotiated"), numeric: true },
  ];
}

export function serviceCodeLabel(service: Service): string | null {
  return service.code ? `${service.code.type} ${service.code.code}` : null;
}

/** One service: every hospital's gross, cash and min/max side by side, then each insurer's rates. */
export function ServiceResult({ service, index, locale }: { service: Service; index: number; locale: Locale }) {
  const i18n = i18nFor(locale);
  const { t } = i18n;
  const lang = hospitalTextLang(locale);
  const headingId = `service-${index}`;
  const code = serviceCodeLabel(service);
  const caption = code
    ? t("search.service.captionWithCode", { service: service.label, code })
    : t("search.service.caption", { service: service.label });
  const withPayers = service.hospitals.filter((o) => o.payers.length > 0);
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-300 p-3 shadow-sm sm:p-4">
      <div>
        <h2 id={headingId} lang={lang} className="text-xl font-semibold text-slate-900">
          {service.label}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {code ? <span className="mr-2 font-mono font-semibold text-slate-900">{code}</span> : null}
          {t("search.service.listedBy", { n: service.hospitalCount })}
        </p>
      </div>

      {/* Phones get one card per hospital; wider screens a comparison table. Only one is displayed. */}
      <OfferCards service={service} i18n={i18n} />
      <div className="hidden sm:block">
        <DataTable caption={caption} columns={offerColumns(i18n)}>
          {service.hospitals.map((offer, i) => {
            const place = placeLabel(offer.hospital.city, offer.hospital.state);
            return (
              <tr key={`${offer.hospital.slug}-${i}`} data-testid="hospital-price-row">
                <th scope="row" className={`${rowTh} min-w-56 font-normal`}>
                  <HospitalNameLink {...offer.hospital} locale={locale} />
                  {place ? <span className="block text-slate-700">{place}</span> : null}
                  <span className="mt-1 block text-xs text-slate-700" lang={lang}>
                    “{offer.description}”
                  </span>
                  {offer.modifiers ? (
                    <span className="block text-xs text-slate-700">
                      {t("search.service.modifiers", { modifiers: offer.modifiers })}
                    </span>
                  ) : null}
                </th>
                <td className={td}>
                  {settingLabel(offer.setting, i18n)}
                  {offer.billingClass ? (
                    <span className="block text-xs text-slate-700">{billingClassLabel(offer.billingClass, i18n)}</span>
                  ) : null}
                </td>
                <td className={numericTd}>
                  <Amount value={offer.gross} locale={locale} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.discountedCash} locale={locale} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.minimum} locale={locale} />
                </td>
                <td className={numericTd}>
                  <Amount value={offer.maximum} locale={locale} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      </div>
      {service.hospitalsTruncated ? (
        <p className="text-sm text-slate-700">{t("search.service.truncated", { n: service.hospitals.length })}</p>
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

function OfferCards({ service, i18n }: { service: Service; i18n: I18n }) {
  const { t, locale } = i18n;
  const lang = hospitalTextLang(locale);
  const rows: [string, (o: Service["hospitals"][number]) => number | null][] = [
    [t("price.gross"), (o) => o.gross],
    [t("price.discountedCash"), (o) => o.discountedCash],
    [t("price.lowestNegotiated"), (o) => o.minimum],
    [t("price.highestNegotiated"), (o) => o.maximum],
  ];
  return (
    <ul className="space-y-3 sm:hidden" aria-label={t("search.service.cardsLabel", { service: service.label })}>
      {service.hospitals.map((offer, i) => {
        const place = placeLabel(offer.hospital.city, offer.hospital.state);
        return (
          <li key={`${offer.hospital.slug}-${i}`} className="rounded-md border border-slate-300 p-3">
            <HospitalNameLink {...offer.hospital} locale={locale} />
            <p className="text-sm text-slate-700">
              {[place, settingLabel(offer.setting, i18n), offer.billingClass ? billingClassLabel(offer.billingClass, i18n) : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="text-xs text-slate-700" lang={lang}>
              “{offer.description}”
            </p>
            {offer.modifiers ? (
              <p className="text-xs text-slate-700">{t("search.service.modifiers", { modifiers: offer.modifiers })}</p>
            ) : null}
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              {rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-700">{label}</dt>
                  <dd className="text-right font-medium text-slate-900">
                    <Amount value={value(offer)} locale={locale} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
