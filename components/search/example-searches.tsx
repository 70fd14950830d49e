import { hospitalTextLang } from "@/components/ui/format";
import { TextLink } from "@/components/ui/text-link";
import { i18nFor, type Locale, type PlainMessageKey } from "@/lib/i18n";
import { SHOPPABLE_SERVICES } from "@/lib/shoppable";

// The queries stay in English in every language: they are matched against the hospitals' (English) descriptions.
export const EXAMPLE_SEARCHES = [
  { q: "70551", label: "search.examples.brainMri", kind: "CPT 70551" },
  { q: "470", label: "search.examples.jointReplacement", kind: "MS-DRG 470" },
  { q: "knee replacement", label: "search.examples.kneeReplacement", kind: "words" },
  { q: "colonoscopy", label: "search.examples.colonoscopy", kind: "words" },
] as const satisfies readonly { q: string; label: PlainMessageKey; kind: string }[];

export function ExampleSearches({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 2 | 3 }) {
  const { t, rich } = i18nFor(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="example-searches-heading">
      <Heading id="example-searches-heading" className="text-lg font-semibold text-slate-900">
        {t("search.examples.heading")}
      </Heading>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {EXAMPLE_SEARCHES.map((example) => (
          <li key={example.q} className="rounded-md border border-slate-200 p-3">
            <TextLink href={`/search?q=${encodeURIComponent(example.q)}`}>{t(example.label)}</TextLink>
            <span className="block text-sm text-slate-700">
              {example.kind === "words"
                ? rich("search.examples.words", { q: <span lang={hospitalTextLang(locale)}>{example.q}</span> })
                : example.kind}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <TextLink href="/services">{t("search.examples.allServices", { n: SHOPPABLE_SERVICES.length })}</TextLink>
      </p>
    </section>
  );
}
