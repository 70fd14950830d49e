// The 1200×630 card of a shared link's preview image (next/og renders it with Satori, which
// takes inline styles and flexbox only).
import { ImageResponse } from "next/og";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { PreviewSummary } from "@/lib/search/preview";

export function previewImage(summary: PreviewSummary, locale: Locale): ImageResponse {
  const { t } = i18nFor(locale);
  // A comparison has up to six lines: smaller type keeps them clear of the footer.
  const crowded = summary.lines.length > 3;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#172554", color: "white" }}>
        <div style={{ fontSize: 30, opacity: 0.85 }}>{t("common.siteName")}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: crowded ? 10 : 20 }}>
          <div style={{ fontSize: crowded ? 48 : 60, fontWeight: 700, lineHeight: 1.1 }}>{summary.title}</div>
          {summary.lines.map((line) => (
            <div key={line} style={{ fontSize: crowded ? 30 : 38 }}>
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
