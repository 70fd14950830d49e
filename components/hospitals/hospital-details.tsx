import { fileFormatLabel, formatCount, formatDate } from "@/components/ui/format";
import { textLinkClass } from "@/components/ui/text-link";
import type { HospitalProfile } from "@/lib/search";

const dt = "text-sm font-semibold text-slate-900";
const dd = "text-sm text-slate-700 break-words";

export function HospitalLocations({ hospital }: { hospital: HospitalProfile }) {
  if (hospital.locations.length === 0) return <p className="text-sm text-slate-700">No locations published.</p>;
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

export function HospitalIdentifiers({ hospital }: { hospital: HospitalProfile }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      <div>
        <dt className={dt}>License</dt>
        <dd className={dd}>
          {hospital.licenseNumber
            ? `${hospital.licenseNumber}${hospital.licenseState ? ` (${hospital.licenseState})` : ""}`
            : "Not published"}
        </dd>
      </div>
      <div>
        <dt className={dt}>Type 2 NPIs</dt>
        <dd className={`${dd} font-mono`}>{hospital.type2Npis.length > 0 ? hospital.type2Npis.join(", ") : "Not published"}</dd>
      </div>
    </dl>
  );
}

export function HospitalFileDetails({ file }: { file: NonNullable<HospitalProfile["currentFile"]> }) {
  const isUrl = /^https?:\/\//i.test(file.source);
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      <div>
        <dt className={dt}>Last updated by the hospital</dt>
        <dd className={dd}>
          <time dateTime={file.lastUpdatedOn}>{formatDate(file.lastUpdatedOn)}</time>
        </dd>
      </div>
      <div>
        <dt className={dt}>CMS template version</dt>
        <dd className={dd}>{file.cmsVersion}</dd>
      </div>
      <div>
        <dt className={dt}>Format</dt>
        <dd className={dd}>{fileFormatLabel(file.format)}</dd>
      </div>
      <div>
        <dt className={dt}>Items and rows</dt>
        <dd className={dd}>
          {formatCount(file.itemCount)} {file.itemCount === 1 ? "item" : "items"}, {formatCount(file.rowCount)}{" "}
          {file.rowCount === 1 ? "row" : "rows"}
        </dd>
      </div>
      <div className="sm:col-span-2">
        <dt className={dt}>Source</dt>
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
