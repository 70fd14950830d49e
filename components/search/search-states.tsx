import { hospitalTextLang } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { i18nFor, type Locale } from "@/lib/i18n";
import { QUERY_MAX_LENGTH } from "@/lib/search/parameters";
import type { SearchParamError } from "@/lib/search/query";
import { ExampleSearches } from "./example-searches";

const mono = (code: string) => <span className="font-mono">{code}</span>;

export function EmptyQueryState({ locale }: { locale: Locale }) {
  const { t, rich } = i18nFor(locale);
  return (
    <div className="space-y-6">
      <Notice title={t("search.empty.title")}>
        <p>
          {rich("search.empty.body", {
            cpt: mono("70551"),
            hcpcs: mono("G0121"),
            drg: mono("470"),
            words: <span lang={hospitalTextLang(locale)}>brain MRI</span>,
          })}
        </p>
      </Notice>
      <ExampleSearches locale={locale} />
    </div>
  );
}

export function NoResultsState({ locale, q }: { locale: Locale; q: string }) {
  const { t, rich } = i18nFor(locale);
  const lang = hospitalTextLang(locale);
  return (
    <div className="space-y-6">
      <Notice tone="warning" title={t("search.noResults.title", { q })}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("search.noResults.code")}</li>
          <li>{t("search.noResults.words")}</li>
          <li>
            {rich("search.noResults.synonyms", {
              short: <span lang={lang}>MRI</span>,
              long: <span lang={lang}>magnetic resonance</span>,
            })}
          </li>
        </ul>
      </Notice>
      <ExampleSearches locale={locale} />
    </div>
  );
}

export function SearchErrorState({ locale }: { locale: Locale }) {
  const { t } = i18nFor(locale);
  return (
    <Notice tone="error" title={t("search.error.title")} role="alert">
      <p>{t("search.error.body")}</p>
      <p>
        <TextLink href="/">{t("common.goHome")}</TextLink>
      </p>
    </Notice>
  );
}

/**
 * Why a search cannot run, in the interface language. What a visitor meets through the form (the
 * search text too long, a place that cannot be found) is said with what they typed and, for a
 * place, the places it could be; other problems (hand-edited URLs) get lib/search's own English
 * message in English and a general sentence in other languages.
 */
export function invalidQueryMessage(
  locale: Locale,
  error: Pick<SearchParamError, "parameter" | "message"> & { location?: SearchParamError["location"] | null },
  input: { q: string; location?: string },
): string {
  const { t, list } = i18nFor(locale);
  if (error.parameter === "q" && input.q.trim().length > QUERY_MAX_LENGTH) return t("search.invalid.tooLong", { max: QUERY_MAX_LENGTH });
  if (error.location) {
    const place = (input.location ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
    const message = t(`search.invalid.location.${error.location.code}`, { place });
    const suggestions = error.location.suggestions.slice(0, 5);
    return suggestions.length ? `${message} ${t("search.invalid.location.suggest", { places: list(suggestions, "or") })}` : message;
  }
  if (locale === "en") return error.message.replace(/^The q parameter/, "The search text");
  return t("search.invalid.other");
}

export function InvalidQueryState({ locale, message }: { locale: Locale; message: string }) {
  const { t } = i18nFor(locale);
  return (
    <Notice tone="warning" title={t("search.invalid.title")}>
      <p>{message}</p>
    </Notice>
  );
}
