// /search: rendered whole on the server and shipped without JavaScript (ADR 14) — a GET form,
// results as plain HTML, and "Was this helpful?" posted back here. The Pages Router, because
// only it can leave out React's runtime; the data and the markup live in lib/search and
// components/search.
import type { GetServerSideProps } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import type { PageLocation } from "@/components/site/language-links";
import { PageHead } from "@/components/site/page-head";
import { SearchPageView, searchPageHead } from "@/components/search/search-page";
import { answerHelpfulPost } from "@/lib/feedback/form-post";
import { IDLE, type HelpfulFormState } from "@/lib/feedback/types";
import type { Locale } from "@/lib/i18n/locales";
import { pagesRequestLocale } from "@/lib/i18n/pages";
import { loadSearchPage, type SearchPageData } from "@/lib/search/search-page";
import { toPageParams } from "@/lib/search/urls";

// No React runtime, no hydration: the page works as HTML alone.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export interface SearchPageProps {
  locale: Locale;
  data: SearchPageData;
  feedback: HelpfulFormState;
  here: PageLocation;
}

export const getServerSideProps: GetServerSideProps<SearchPageProps> = async ({ req, res, query, resolvedUrl }) => {
  const locale = pagesRequestLocale(req, query);
  let feedback: HelpfulFormState = IDLE;
  if (req.method === "POST") {
    const answer = await answerHelpfulPost(req, locale);
    feedback = answer.state;
    res.statusCode = answer.status;
  }
  const data = await loadSearchPage(toPageParams(query));
  const here = { pathname: "/search", search: new URL(resolvedUrl, "http://localhost").searchParams.toString() };
  // Props must be plain JSON (Next.js checks in development; the results are the API's JSON anyway).
  return { props: JSON.parse(JSON.stringify({ locale, data, feedback, here })) as SearchPageProps };
};

export default function SearchPage({ locale, data, feedback, here }: SearchPageProps) {
  return (
    <>
      <PageHead locale={locale} {...searchPageHead(data, locale)} />
      <SiteChrome locale={locale} here={here}>
        <SearchPageView data={data} locale={locale} feedback={feedback} />
      </SiteChrome>
    </>
  );
}
