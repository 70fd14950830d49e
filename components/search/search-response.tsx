// Sends the /search page (pages/api/search-page.ts; ADR 14) as HTML in document order, with no
// script: everything up to the results at once — head, heading, the form with the filters as
// understood, a "Searching…" status — then, when the database has answered, the results and
// the rest of the page. The browser shows each part as it arrives; CSS hides the status once
// the results follow it. A form post ("Was this helpful?") is answered first, in the page.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SiteDocument } from "@/components/site/site-document";
import { answerHelpfulPost } from "@/lib/feedback/form-post";
import { IDLE, type HelpfulFormState } from "@/lib/feedback/types";
import { pagesRequestLocale } from "@/lib/i18n/pages";
import { planSearchPage, runSearchPage } from "@/lib/search/search-page";
import { toPageParams } from "@/lib/search/urls";
import { siteStylesheets } from "@/lib/site-stylesheets";
import { SearchOutcomeView, SearchPageView, searchPageHead } from "./search-page";

// Where the outcome goes: the document is rendered once with this in its place, then split.
const SLOT_MARK = "search-outcome-slot";
const SLOT = `<template data-slot="${SLOT_MARK}"></template>`;

/** A query string as Next.js hands it to pages: repeated parameters as arrays. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

type StreamingResponse = ServerResponse & { flush?: () => void };

export async function sendSearchPage(req: IncomingMessage, res: StreamingResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") {
    res.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8" }).end("Method not allowed");
    return;
  }
  const url = new URL(req.url ?? "/search", "http://localhost");
  const query = queryOf(url);
  const locale = pagesRequestLocale(req, query);
  let feedback: HelpfulFormState = IDLE;
  let status = 200;
  if (req.method === "POST") ({ state: feedback, status } = await answerHelpfulPost(req, locale));

  const [plan, stylesheets] = await Promise.all([planSearchPage(toPageParams(query)), siteStylesheets(`http://${req.headers.host ?? "localhost"}`)]);
  const head = { locale, stylesheets, ...searchPageHead(plan, locale) };
  const here = { pathname: "/search", search: url.searchParams.toString() };
  const html = (outcome: ReactNode) =>
    `<!DOCTYPE html>${renderToStaticMarkup(
      <SiteDocument head={head} here={here}>
        <SearchPageView plan={plan} locale={locale} feedback={feedback} outcome={outcome} />
      </SiteDocument>,
    )}`;

  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-store");
  if (plan.search.kind !== "search") {
    res.end(html(null));
    return;
  }
  const [before, after] = html(<template data-slot={SLOT_MARK} />).split(SLOT) as [string, string];
  res.write(before);
  // Through Next.js's compression too: the first part goes out now, not with the rest.
  res.flush?.();
  const outcome = await runSearchPage(plan.params, plan.search.query);
  res.write(renderToStaticMarkup(<SearchOutcomeView plan={plan} outcome={outcome} locale={locale} />));
  res.end(after);
}
