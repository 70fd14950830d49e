import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { ExampleSearches } from "./example-searches";

export function EmptyQueryState() {
  return (
    <div className="space-y-6">
      <Notice title="How to search">
        <p>
          Enter a billing code, such as a CPT or HCPCS code (<span className="font-mono">70551</span>,{" "}
          <span className="font-mono">G0121</span>), an MS-DRG (<span className="font-mono">470</span>), a revenue
          code or an NDC — or describe the service in a few words, such as “brain MRI”.
        </p>
      </Notice>
      <ExampleSearches />
    </div>
  );
}

export function NoResultsState({ q }: { q: string }) {
  return (
    <div className="space-y-6">
      <Notice tone="warning" title={`No prices found for “${q}”`}>
        <ul className="list-disc space-y-1 pl-5">
          <li>Check the code for typos; codes must match exactly (for example 70551, not 7055).</li>
          <li>Use fewer or shorter words: every word must appear in the hospital’s description.</li>
          <li>Try another name for the service, such as “MRI” instead of “magnetic resonance”.</li>
        </ul>
      </Notice>
      <ExampleSearches />
    </div>
  );
}

export function SearchErrorState() {
  return (
    <Notice tone="error" title="Search is temporarily unavailable" role="alert">
      <p>We could not reach the price database. Please try again in a moment.</p>
      <p>
        <TextLink href="/">Go to the home page</TextLink>
      </p>
    </Notice>
  );
}

export function InvalidQueryState({ message }: { message: string }) {
  return (
    <Notice tone="warning" title="Please change your search">
      <p>{message.replace(/^The q parameter/, "The search text")}</p>
    </Notice>
  );
}
