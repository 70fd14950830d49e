import { textLinkClass } from "@/components/ui/text-link";
import type { Locale } from "@/lib/i18n";
import { DemoBadge } from "./demo-badge";

/**
 * A hospital's name linking to its page, with its demo label. A plain link: result lists
 * repeat it for every hospital, and a client-side <Link> in each would cost payload for a
 * navigation the browser does as fast.
 */
export function HospitalNameLink({ slug, name, isDemo, locale }: { slug: string; name: string; isDemo: boolean; locale: Locale }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <a className={textLinkClass} href={`/hospitals/${encodeURIComponent(slug)}`}>
        {name}
      </a>
      {isDemo ? <DemoBadge locale={locale} /> : null}
    </span>
  );
}
