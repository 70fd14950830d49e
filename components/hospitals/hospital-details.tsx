import { fileFormatLabel } from "@/components/ui/format";
import { textLinkClass } from "@/components/ui/text-link";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { HospitalProfile } from "@/lib/search";

const dt = "text-sm font-semibold text-slate-900";
const dd = "text-sm text-slate-700 break-words";

export function HospitalLocations({ hospital, locale }: { hospital: HospitalProfile; locale: Locale }) {
  const { t } = i18nFor(locale);
  if (hospital.locations.length === 0) return <p className="text-sm text-slate-700">{t("hospital.locations.none")}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {hospital.locations.map((l, i) => (
        <li key={`${l.name}-${i}`} className="rounded-md border border-slate-200 p-3">
          <p className="font-medium text-slate-900">{l.name}</p>
          <address className="text-sm not-italic leading-6 text-slate-700">
            {l.address}
            {l.city || l.state || l.postalCode ? (
              <>
                <br />
                {[l.city, [l.state, l.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ")}
              </>
            ) : null}
          </address>
        </li>
      ))}
    </ul>
  );
}

export function HospitalIdentifiers({ hospital, locale }: { hospital: HospitalProfile; locale: Locale }) {
  const { t } = i18nFor(locale);
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      <div>
        <dt className={dt}>{t("hospital.identifiers.license")}</dt>
        <dd className={dd}>
          {hospital.licenseNumber
            ? `${hospital.licenseNumber}${hospital.licenseState ? ` (${hospital.licenseState})` : ""}`
            : t("common.notPublished")}
        </dd>
      </div>
      <div>
        <dt className={dt}>{t("hospital.identifiers.npis")}</dt>
        <dd className={`${dd} font-mono`}>
          {hospital.type2Npis.length > 0 ? hospital.type2Npis.join(", ") : t("common.notPublished")}
        </dd>
      </div>
    </dl>
  );
}

export function HospitalFileDetails({ file, locale }: { file: NonNullable<HospitalProfile["currentFile"]>; locale: Locale }) {
  const i18n = i18nFor(locale);
  const { t, date } = i18n;
  const isUrl = /^https?:\/\//i.test(file.source);
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      <div>
        <dt className={dt}>{t("hospital.file.lastUpdated")}</dt>
        <dd className={dd}>
          <time dateTime={file.lastUpdatedOn}>{date(file.lastUpdatedOn)}</time>
        </dd>
      </div>
      <div>
        <dt className={dt}>{t("hospital.file.cmsVersion")}</dt>
        <dd className={dd}>{file.cmsVersion}</dd>
      </div>
      <div>
        <dt className={dt}>{t("hospital.file.format")}</dt>
        <dd className={dd}>{fileFormatLabel(file.format, i18n)}</dd>
      </div>
      <div>
        <dt className={dt}>{t("hospital.file.contents")}</dt>
        <dd className={dd}>
          {t("hospital.file.items", { n: file.itemCount })}, {t("hospital.file.rows", { n: file.rowCount })}
        </dd>
      </div>
      <div className="sm:col-span-2">
        <dt className={dt}>{t("hospital.file.source")}</dt>
        <dd className={dd}>
          {isUrl ? (
            <a href={file.source} className={`${textLinkClass} break-all`} rel="nofollow noopener noreferrer">
              {file.fileName}
            </a>
          ) : (
            <span className="break-all">{file.fileName}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
