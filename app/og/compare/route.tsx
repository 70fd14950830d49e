// GET /og/compare?service=CPT:70551&h=a,b — the preview image of a comparison (1200×630 PNG):
// each hospital's price for the service, as the compare page shows it.
import { previewImage } from "@/components/og/preview-card";
import { i18nFor, matchLocale } from "@/lib/i18n";
import { compareHospitals, parseCompareParams } from "@/lib/search/compare";
import { comparePreviewSummary, type PreviewSummary } from "@/lib/search/preview";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = matchLocale(url.searchParams.get("lang")) ?? "en";
  const { t } = i18nFor(locale);
  const parsed = parseCompareParams(Object.fromEntries(url.searchParams));
  let summary: PreviewSummary = { title: t("compare.invalid.title"), lines: [], demo: false };
  if (parsed.ok) {
    try {
      summary = comparePreviewSummary(await compareHospitals(parsed.query), parsed.query.price, locale);
    } catch (error) {
      console.error("compare preview image failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return previewImage(summary, locale);
}
