import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">Page not found</h1>
        <p className="text-slate-700">There is no page at this address.</p>
        <p>
          <TextLink href="/">Go to the home page</TextLink> or <TextLink href="/search">search prices</TextLink>.
        </p>
      </div>
    </SiteChrome>
  );
}
