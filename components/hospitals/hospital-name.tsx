import { TextLink } from "@/components/ui/text-link";
import type { Locale } from "@/lib/i18n";
import { DemoBadge } from "./demo-badge";

/** A hospital's name linking to its page, with its demo label. */
export function HospitalNameLink({ slug, name, isDemo, locale }: { slug: string; name: string; isDemo: boolean; locale: Locale }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <TextLink href={`/hospitals/${encodeURIComponent(slug)}`} prefetch={false}>
        {name}
      </TextLink>
      {isDemo ? <DemoBadge locale={locale} /> : null}
    </span>
  );
}
