"use client";

// Last-resort error boundary for pages outside a route group's own boundary.
import { useEffect } from "react";
import { ErrorMessage } from "@/components/site/error-message";
import { SiteChrome } from "@/components/site/site-chrome";
import { useI18n } from "@/lib/i18n/client";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useI18n();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <SiteChrome locale={locale}>
      <ErrorMessage retry={retry} />
    </SiteChrome>
  );
}
