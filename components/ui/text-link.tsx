import Link from "next/link";
import type { ComponentProps } from "react";

export const textLinkClass =
  "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 hover:decoration-2";

/** An underlined in-app link (links must not rely on colour alone). Use a plain <a> with textLinkClass for API or external URLs. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={`${textLinkClass} ${className}`} />;
}
