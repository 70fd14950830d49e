import { Badge } from "@/components/ui/badge";
import { i18nFor, type Locale } from "@/lib/i18n";

/** Shown next to every fictional demo hospital, wherever it appears. */
export function DemoBadge({ locale }: { locale: Locale }) {
  const { t } = i18nFor(locale);
  return (
    <Badge tone="warning" title={t("common.demoDataTitle")}>
      {t("common.demoData")}
    </Badge>
  );
}
