// GET /og/search?q=… — the preview image of a search (1200×630 PNG), summing up its
// first service's prices: what a link shared in a chat or a post shows.
import { ImageResponse } from "next/og";
import { i18nFor, matchLocale } from "@/lib/i18n";
import { parseSearchParams, searchServices } from "@/lib/search";
import { previewSummary } from "@/lib/search/preview";
import { toPageParams } from "@/lib/search/urls";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = matchLocale(url.searchParams.get("lang")) ?? "en";
  const { t } = i18nFor(locale);
  const parsed = parseSearchParams(toPageParams(Object.fromEntries(url.searchParams)), { ignoreUnknown: true, ignoreEmpty: true });
  let summary = { title: t("search.meta.title"), lines: [] as string[], demo: false };
  if (parsed.ok) {
    try {
      summary = previewSummary(await searchServices({ ...parsed.query, limit: 1 }), locale);
    } catch (error) {
      console.error("preview image failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#172554", color: "white" }}>
        <div style={{ fontSize: 30, opacity: 0.85 }}>{t("common.siteName")}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
          <div style={{ fontSize: 60, fontWeight: 700, lineHeight: 1.1 }}>{summary.title}</div>
          {summary.lines.map((line) => (
            <div key={line} style={{ fontSize: 38 }}>
              {line}
            </div>
          ))}
        </div>
        <div style={{ fontSize: 26, opacity: 0.8 }}>{summary.demo ? t("common.demoDataTitle") : t("og.footer")}</div>
      </div>
    ),
    { width: 1200, height: 630, headers: { "cache-control": "public, max-age=3600" } },
  );
}
