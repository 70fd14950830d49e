import Link from "next/link";
import type { ComponentProps } from "react";

/** An underlined link (app/globals.css). */
export const textLinkClass = "link";

/** An underlined in-app link (links must not rely on colour alone). Use a plain <a> with textLinkClass for API or external URLs. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={className ? `${textLinkClass} ${className}` : textLinkClass} />;
}
