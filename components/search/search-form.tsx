import { hospitalTextLang } from "@/components/ui/format";
import { i18nFor, type Locale } from "@/lib/i18n";
import { QUERY_MAX_LENGTH } from "@/lib/search/query";

/**
 * A plain GET form: it works without JavaScript and every search has a shareable URL.
 * `id` keeps labels unique when a page shows more than one form.
 */
export function SearchForm({
  locale,
  defaultValue = "",
  id = "q",
  size = "large",
}: {
  locale: Locale;
  defaultValue?: string;
  id?: string;
  size?: "large" | "compact";
}) {
  const { t, rich } = i18nFor(locale);
  const hintId = `${id}-hint`;
  return (
    <form method="get" action="/search" role="search" aria-label={t("search.form.label")} className="w-full">
      <label htmlFor={id} className="block text-base font-semibold text-slate-900">
        {t("search.form.field")}
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-700">
        {rich("search.form.hint", {
          code1: <span className="font-mono">70551</span>,
          code2: <span className="font-mono">470</span>,
          words: <span lang={hospitalTextLang(locale)}>knee replacement</span>,
        })}
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          name="q"
          type="search"
          required
          maxLength={QUERY_MAX_LENGTH}
          defaultValue={defaultValue}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          className={`w-full rounded-md border border-slate-500 bg-white px-3 text-slate-900 placeholder:text-slate-600 ${
            size === "large" ? "py-3 text-lg" : "py-2 text-base"
          }`}
        />
        <button
          type="submit"
          className={`rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900 ${
            size === "large" ? "py-3 text-lg" : "py-2 text-base"
          }`}
        >
          {t("search.form.submit")}
        </button>
      </div>
    </form>
  );
}
