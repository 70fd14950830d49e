// GET /og/search?q=… — the preview image of a search (1200×630 PNG), summing up its
// first service's prices: what a link shared in a chat or a post shows.
import { previewImage } from "@/components/og/preview-card";
import { i18nFor, matchLocale } from "@/lib/i18n";
import { parseSearchParams, searchServices } from "@/lib/search";
import { previewSummary, type PreviewSummary } from "@/lib/search/preview";
import { toPageParams } from "@/lib/search/urls";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = matchLocale(url.searchParams.get("lang")) ?? "en";
  const { t } = i18nFor(locale);
  const parsed = parseSearchParams(toPageParams(Object.fromEntries(url.searchParams)), { ignoreUnknown: true, ignoreEmpty: true });
  let summary: PreviewSummary = { title: t("search.meta.title"), lines: [], demo: false };
  if (parsed.ok) {
    try {
      summary = previewSummary(await searchServices({ ...parsed.query, limit: 1 }), locale);
    } catch (error) {
      console.error("preview image failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return previewImage(summary, locale);
}
