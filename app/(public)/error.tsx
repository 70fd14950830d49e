"use client";

// Error boundary for the public pages: keeps the site header and footer, never shows details.
import { useEffect } from "react";
import { ErrorMessage } from "@/components/site/error-message";

export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ErrorMessage retry={retry} />;
}
