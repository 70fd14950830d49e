"use client";

// Last-resort error boundary, for pages outside a route group's own boundary (which keeps the
// site header and footer). Kept bare on purpose: the site chrome needs the dictionaries, which
// are not shipped to the browser.
import { useEffect } from "react";
import { ErrorMessage } from "@/components/site/error-message";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main-content" className="mx-auto max-w-6xl px-4 py-10">
      <ErrorMessage retry={retry} />
    </main>
  );
}
