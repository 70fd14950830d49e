import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HelpfulPrompt, ReportWrongPrice } from "@/components/feedback";
import { ComplianceSummaryView } from "@/components/hospitals/compliance-summary";
import { DemoBadge } from "@/components/hospitals/demo-badge";
import { HospitalFileDetails, HospitalIdentifiers, HospitalLocations } from "@/components/hospitals/hospital-details";
import { HospitalServicesTable } from "@/components/hospitals/hospital-services-table";
import { Notice } from "@/components/ui/notice";
import { TextLink, textLinkClass } from "@/components/ui/text-link";
import { getComplianceSummary, isOutOfDate } from "@/lib/compliance/summary";
import { getI18n } from "@/lib/i18n/server";
import { reportedPrice } from "@/lib/feedback/report-link";
import { HOSPITAL_SERVICES_PAGE_SIZE, getHospitalProfile, isValidSlug, listHospitalServices, parseServiceCursor } from "@/lib/search";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

// generateMetadata and the page share one lookup per request.
const loadHospital = cache(getHospitalProfile);
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getI18n();
  const { slug } = await params;
  const hospital = isValidSlug(slug) ? await loadHospital(slug) : null;
  if (!hospital) return { title: t("hospital.notFound.title") };
  return { title: hospital.isDemo ? t("hospital.meta.demoTitle", { name: hospital.name }) : hospital.name };
}

export default async function HospitalPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const hospital = await loadHospital(slug);
  if (!hospital) notFound();

  const { locale, t, rich } = await getI18n();
  const query = await searchParams;
  const after = parseServiceCursor(query.after);
  // A search result's "Report a wrong price" link names the service and the price it showed.
  const reported = reportedPrice(query);
  const file = hospital.currentFile;
  const [page, compliance] = file
    ? await Promise.all([listHospitalServices(hospital.id, file.id, { after }), getComplianceSummary(file.id)])
    : [null, null];
  const firstPage = `/hospitals/${encodeURIComponent(hospital.slug)}`;
  const thisPage = after ? `${firstPage}?after=${after}` : firstPage;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <p className="text-sm">
          <TextLink href="/search">{t("site.nav.search")}</TextLink>
        </p>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          <span>{hospital.name}</span>
          {hospital.isDemo ? <DemoBadge locale={locale} /> : null}
        </h1>
        {hospital.isDemo ? (
          <Notice tone="warning">
            <p>{t("hospital.demoNotice")}</p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="locations-heading" className="space-y-3">
        <h2 id="locations-heading" className="text-xl font-semibold text-slate-900">
          {t("hospital.locations.heading")}
        </h2>
        <HospitalLocations hospital={hospital} locale={locale} />
      </section>

      <section aria-labelledby="identifiers-heading" className="space-y-3">
        <h2 id="identifiers-heading" className="text-xl font-semibold text-slate-900">
          {t("hospital.identifiers.heading")}
        </h2>
        <HospitalIdentifiers hospital={hospital} locale={locale} />
      </section>

      <section aria-labelledby="file-heading" className="space-y-3">
        <h2 id="file-heading" className="text-xl font-semibold text-slate-900">
          {t("hospital.file.heading")}
        </h2>
        {file ? (
          <HospitalFileDetails file={file} locale={locale} />
        ) : (
          <p className="text-sm text-slate-700">{t("hospital.file.none")}</p>
        )}
        {file && isOutOfDate(file.lastUpdatedOn) ? (
          <Notice tone="warning">
            <p>{t("hospital.file.stale")}</p>
          </Notice>
        ) : null}
      </section>

      {file ? (
        <section aria-labelledby="compliance-heading" className="space-y-3">
          <h2 id="compliance-heading" className="text-xl font-semibold text-slate-900">
            {t("hospital.compliance.heading")}
          </h2>
          <ComplianceSummaryView summary={compliance} locale={locale} />
        </section>
      ) : null}

      {file && page ? (
        <section aria-labelledby="services-heading" className="space-y-3">
          <h2 id="services-heading" className="text-xl font-semibold text-slate-900">
            {t("hospital.services.heading")}
          </h2>
          <div className="max-w-3xl space-y-2">
            <p className="text-sm text-slate-700">{t("hospital.services.search")}</p>
            <SearchForm locale={locale} id="hospital-q" size="compact" hospital={{ slug: hospital.slug, name: hospital.name }} />
          </div>
          {page.services.length > 0 ? (
            <>
              <p className="text-sm text-slate-700">
                {t("hospital.services.intro", { n: file.itemCount, size: HOSPITAL_SERVICES_PAGE_SIZE })}
              </p>
              <HospitalServicesTable
                services={page.services}
                caption={t("hospital.services.caption", { name: hospital.name })}
                locale={locale}
              />
              <nav aria-label={t("hospital.services.pages")} className="flex flex-wrap gap-4 text-sm">
                {after ? (
                  <Link className={textLinkClass} href={firstPage}>
                    {t("hospital.services.firstPage")}
                  </Link>
                ) : null}
                {page.nextCursor ? (
                  <Link className={textLinkClass} href={`${firstPage}?after=${page.nextCursor}`}>
                    {t("hospital.services.nextPage")}
                  </Link>
                ) : null}
              </nav>
            </>
          ) : (
            <p className="text-sm text-slate-700">
              {rich("hospital.services.noMore", { link: (c) => <TextLink href={firstPage}>{c}</TextLink> })}
            </p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="feedback-heading" className="space-y-6 border-t border-slate-200 pt-8">
        <h2 id="feedback-heading" className="text-xl font-semibold text-slate-900">
          {t("feedback.section.heading")}
        </h2>
        <HelpfulPrompt locale={locale} page={thisPage} hospitalSlug={hospital.slug} />
        <div id="report" tabIndex={-1} className="focus:outline-none">
          <ReportWrongPrice
            locale={locale}
            page={thisPage}
            hospitalSlug={hospital.slug}
            hospitalName={hospital.name}
            {...(reported && { service: reported.service, serviceLabel: reported.service.replace(":", " "), shownPrice: reported.price, open: true })}
          />
        </div>
      </section>
    </div>
  );
}
