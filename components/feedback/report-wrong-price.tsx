// "Report a wrong price" for a hospital's prices: translated here, on the server (the
// dictionaries stay out of the browser), and handed to the client form.
import { FEEDBACK_LIMITS } from "@/lib/feedback/types";
import { i18nFor, type Locale } from "@/lib/i18n";
import { ReportWrongPriceForm, type ReportText } from "./report-wrong-price-form";

export interface ReportWrongPriceProps {
  locale: Locale;
  /** The page the visitor is on: its path and query string. */
  page: string;
  /** The hospital whose price is reported. */
  hospitalSlug: string;
  hospitalName: string;
  /** The service, when the form sits by one price, e.g. "CPT:70551" (the visitor then does not type it)… */
  service?: string;
  /** …how to show it to the visitor (default: `service`)… */
  serviceLabel?: string;
  /** …and the price as shown there, e.g. "$1,250.00". */
  shownPrice?: string;
  /** What the visitor searched for, if anything. */
  query?: string;
  /** Start open. */
  open?: boolean;
}

export function reportText(
  locale: Locale,
  { hospitalName, service, serviceLabel, shownPrice }: Pick<ReportWrongPriceProps, "hospitalName" | "service" | "serviceLabel" | "shownPrice">,
): ReportText {
  const { t } = i18nFor(locale);
  return {
    toggle: t("feedback.report.toggle"),
    intro: t("feedback.report.intro", { hospital: hospitalName }),
    serviceLabel: t("feedback.report.service.label"),
    serviceHint: t("feedback.report.service.hint"),
    serviceFixed: service ? t("feedback.report.service.fixed", { service: serviceLabel ?? service }) : undefined,
    shownPriceLabel: t("feedback.report.shownPrice.label"),
    shownPriceHint: t("feedback.report.shownPrice.hint"),
    shownPriceFixed: shownPrice ? t("feedback.report.shownPrice.fixed", { price: shownPrice }) : undefined,
    messageLabel: t("feedback.report.message.label"),
    messageHint: t("feedback.report.message.hint", { max: FEEDBACK_LIMITS.message }),
    emailLabel: t("feedback.report.email.label"),
    emailHint: t("feedback.report.email.hint"),
    submit: t("feedback.report.submit"),
    sending: t("feedback.form.sending"),
    thanks: t("feedback.report.thanks"),
    honeypot: t("feedback.form.honeypot"),
  };
}

export function ReportWrongPrice({ locale, hospitalName, serviceLabel, ...rest }: ReportWrongPriceProps) {
  const text = reportText(locale, { hospitalName, service: rest.service, serviceLabel, shownPrice: rest.shownPrice });
  return <ReportWrongPriceForm text={text} locale={locale} {...rest} />;
}
