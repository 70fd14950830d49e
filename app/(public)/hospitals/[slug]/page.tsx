import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DemoBadge } from "@/components/hospitals/demo-badge";
import { HospitalFileDetails, HospitalIdentifiers, HospitalLocations } from "@/components/hospitals/hospital-details";
import { HospitalServicesTable } from "@/components/hospitals/hospital-services-table";
import { Notice } from "@/components/ui/notice";
import { TextLink, textLinkClass } from "@/components/ui/text-link";
import { formatCount } from "@/components/ui/format";
import { HOSPITAL_SERVICES_PAGE_SIZE, getHospitalProfile, isValidSlug, listHospitalServices, parseServiceCursor } from "@/lib/search";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

// generateMetadata and the page share one lookup per request.
const loadHospital = cache(getHospitalProfile);
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return { title: "Hospital not found" };
  const hospital = await loadHospital(slug);
  return { title: hospital ? `${hospital.name}${hospital.isDemo ? " (demo data)" : ""}` : "Hospital not found" };
}

export default async function HospitalPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const hospital = await loadHospital(slug);
  if (!hospital) notFound();

  const after = parseServiceCursor((await searchParams).after);
  const file = hospital.currentFile;
  const page = file ? await listHospitalServices(hospital.id, file.id, { after }) : null;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <p className="text-sm">
          <TextLink href="/search">Search prices</TextLink>
        </p>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          <span>{hospital.name}</span>
          {hospital.isDemo ? <DemoBadge /> : null}
        </h1>
        {hospital.isDemo ? (
          <Notice tone="warning">
            <p>
              This is a fictional hospital from the demo data set. Its name, locations and prices are made up.
            </p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="locations-heading" className="space-y-3">
        <h2 id="locations-heading" className="text-xl font-semibold text-slate-900">
          Locations
        </h2>
        <HospitalLocations hospital={hospital} />
      </section>

      <section aria-labelledby="identifiers-heading" className="space-y-3">
        <h2 id="identifiers-heading" className="text-xl font-semibold text-slate-900">
          License and identifiers
        </h2>
        <HospitalIdentifiers hospital={hospital} />
      </section>

      <section aria-labelledby="file-heading" className="space-y-3">
        <h2 id="file-heading" className="text-xl font-semibold text-slate-900">
          Price file
        </h2>
        {file ? (
          <HospitalFileDetails file={file} />
        ) : (
          <p className="text-sm text-slate-700">No price file from this hospital has been loaded yet.</p>
        )}
      </section>

      {file && page ? (
        <section aria-labelledby="services-heading" className="space-y-3">
          <h2 id="services-heading" className="text-xl font-semibold text-slate-900">
            Services and prices
          </h2>
          {page.services.length > 0 ? (
            <>
              <p className="text-sm text-slate-700">
                {formatCount(file.itemCount)} {file.itemCount === 1 ? "service" : "services"} in the order of the
                hospital’s file, {HOSPITAL_SERVICES_PAGE_SIZE} per page. Select a code to compare it with other
                hospitals and see each insurer’s rate.
              </p>
              <HospitalServicesTable
                services={page.services}
                caption={`Services and prices at ${hospital.name}, in US dollars`}
              />
              <nav aria-label="Services pages" className="flex flex-wrap gap-4 text-sm">
                {after ? (
                  <Link className={textLinkClass} href={`/hospitals/${encodeURIComponent(hospital.slug)}`}>
                    First page
                  </Link>
                ) : null}
                {page.nextCursor ? (
                  <Link
                    className={textLinkClass}
                    href={`/hospitals/${encodeURIComponent(hospital.slug)}?after=${page.nextCursor}`}
                  >
                    Next page
                  </Link>
                ) : null}
              </nav>
            </>
          ) : (
            <p className="text-sm text-slate-700">
              No more services. <TextLink href={`/hospitals/${encodeURIComponent(hospital.slug)}`}>Back to the first page</TextLink>
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
