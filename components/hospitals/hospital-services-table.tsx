import Link from "next/link";
import { Amount } from "@/components/ui/amount";
import { settingLabel } from "@/components/ui/format";
import { DataTable, type Column, numericTd, rowTh, td } from "@/components/ui/table-scroll";
import { textLinkClass } from "@/components/ui/text-link";
import type { HospitalService } from "@/lib/search";

const SERVICE_COLUMNS: Column[] = [
  { label: "Service" },
  { label: "Codes" },
  { label: "Setting" },
  { label: "Gross charge", numeric: true },
  { label: "Discounted cash price", numeric: true },
  { label: "Lowest negotiated", numeric: true },
  { label: "Highest negotiated", numeric: true },
];

/** A hospital's services (one page), one row per service and setting. */
export function HospitalServicesTable({ services, caption }: { services: HospitalService[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={SERVICE_COLUMNS}>
      {services.flatMap((service) => {
        const prices = service.prices.length > 0 ? service.prices : [null];
        return prices.map((price) => (
          <tr key={`${service.itemId}-${price?.setting ?? "none"}`}>
            <th scope="row" className={`${rowTh} min-w-56 font-normal`}>
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
                        aria-label={`Compare ${c.type} ${c.code} across hospitals`}
                      >
                        {c.type} {c.code}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="font-sans text-slate-700">None</span>
              )}
            </td>
            <td className={td}>{price ? settingLabel(price.setting) : "—"}</td>
            <td className={numericTd}>
              <Amount value={price?.gross ?? null} />
            </td>
            <td className={numericTd}>
              <Amount value={price?.discountedCash ?? null} />
            </td>
            <td className={numericTd}>
              <Amount value={price?.minimum ?? null} />
            </td>
            <td className={numericTd}>
              <Amount value={price?.maximum ?? null} />
            </td>
          </tr>
        ));
      })}
    </DataTable>
  );
}
