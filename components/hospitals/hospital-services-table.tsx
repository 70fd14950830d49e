import Link from "next/link";
import { Amount } from "@/components/ui/amount";
import { hospitalTextLang, settingLabel } from "@/components/ui/format";
import { DataTable, type Column, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { textLinkClass } from "@/components/ui/text-link";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { HospitalService } from "@/lib/search";

/** A hospital's services (one page), one row per service and setting. */
export function HospitalServicesTable({ services, caption, locale }: { services: HospitalService[]; caption: string; locale: Locale }) {
  const i18n = i18nFor(locale);
  const { t } = i18n;
  const columns: Column[] = [
    { label: t("hospital.services.service") },
    { label: t("hospital.services.codes") },
    { label: t("setting.label") },
    { label: t("price.gross"), numeric: true },
    { label: t("price.discountedCash"), numeric: true },
    { label: t("price.lowestNegotiated"), numeric: true },
    { label: t("price.highestNegotiated"), numeric: true },
  ];
  return (
    <DataTable caption={caption} columns={columns}>
      {services.flatMap((service) => {
        const prices = service.prices.length > 0 ? service.prices : [null];
        return prices.map((price) => (
          <tr key={`${service.itemId}-${price?.setting ?? "none"}`}>
            <th scope="row" className={`${rowTh} min-w-56 font-normal`} lang={hospitalTextLang(locale)}>
              {service.description}
            </th>
            <td className={`${td} font-mono text-xs`}>
              {service.codes.length > 0 ? (
                <ul>
                  {service.codes.map((c) => (
                    <li key={`${c.type}-${c.code}`} className="whitespace-nowrap">
                      <Link
                        href={`/search?q=${encodeURIComponent(c.code)}`}
                        prefetch={false}
                        className={`${textLinkClass} inline-flex min-h-6 items-center`}
                        aria-label={t("hospital.services.compare", { type: c.type, code: c.code })}
                      >
                        {c.type} {c.code}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="font-sans text-slate-700">{t("common.none")}</span>
              )}
            </td>
            <td className={td}>{price ? settingLabel(price.setting, i18n) : "—"}</td>
            <td className={numericTd}>
              <Amount value={price?.gross ?? null} locale={locale} />
            </td>
            <td className={numericTd}>
              <Amount value={price?.discountedCash ?? null} locale={locale} />
            </td>
            <td className={numericTd}>
              <Amount value={price?.minimum ?? null} locale={locale} />
            </td>
            <td className={numericTd}>
              <Amount value={price?.maximum ?? null} locale={locale} />
            </td>
          </tr>
        ));
      })}
    </DataTable>
  );
}
