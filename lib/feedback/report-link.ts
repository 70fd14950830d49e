// The link from a search result to its hospital's "Report a wrong price" form, with the
// service and the price shown filled in, and the page's reading of it.
import { cleanLine } from "./schema";
import { FEEDBACK_LIMITS } from "./types";

/** A service as the report form stores it: "CPT:70551". */
const SERVICE = /^[A-Z][A-Z0-9-]{0,19}:[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/;

export function reportLink(hospitalSlug: string, service: string, shownPrice: string): string {
  const query = new URLSearchParams({ report: service, price: shownPrice.slice(0, FEEDBACK_LIMITS.shownPrice) });
  return `/hospitals/${encodeURIComponent(hospitalSlug)}?${query.toString()}#report`;
}

/** The service and price a report link names; null when absent or not of that shape (a hand-edited URL). */
export function reportedPrice(params: Record<string, string | string[] | undefined>): { service: string; price: string } | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const service = cleanLine(first(params.report) ?? "");
  const price = cleanLine(first(params.price) ?? "");
  if (!SERVICE.test(service) || price.length === 0 || price.length > FEEDBACK_LIMITS.shownPrice) return null;
  return { service, price };
}
