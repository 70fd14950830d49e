"use client";

// Last-resort error boundary for pages outside a route group's own boundary.
import { useEffect } from "react";
import { ErrorMessage } from "@/components/site/error-message";
import { SiteChrome } from "@/components/site/site-chrome";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <SiteChrome>
      <ErrorMessage retry={retry} />
    </SiteChrome>
  );
}
