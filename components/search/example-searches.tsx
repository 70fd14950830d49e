import { TextLink } from "@/components/ui/text-link";

export const EXAMPLE_SEARCHES = [
  { q: "70551", label: "Brain MRI without contrast", kind: "CPT 70551" },
  { q: "470", label: "Hip or knee joint replacement", kind: "MS-DRG 470" },
  { q: "knee replacement", label: "Knee replacement", kind: "words" },
  { q: "colonoscopy", label: "Colonoscopy", kind: "words" },
] as const;

export function ExampleSearches({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="example-searches-heading">
      <Heading id="example-searches-heading" className="text-lg font-semibold text-slate-900">
        Try an example
      </Heading>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {EXAMPLE_SEARCHES.map((example) => (
          <li key={example.q} className="rounded-md border border-slate-200 p-3">
            <TextLink href={`/search?q=${encodeURIComponent(example.q)}`}>{example.label}</TextLink>
            <span className="block text-sm text-slate-700">
              {example.kind === "words" ? `Search for “${example.q}”` : example.kind}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
