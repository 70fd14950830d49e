// The markup of "Was this helpful?", for a given state: Yes / Not really, then an optional
// comment (revealed by CSS once a choice is made, so it works without JavaScript too), then a
// thank-you in a polite status. No hooks: the client form (./helpful-prompt-form.tsx) drives it
// with useActionState; the /search page, which ships no JavaScript (components/search/search-response.tsx), posts it to itself.
import type { FormHTMLAttributes, Ref } from "react";
import { FEEDBACK_LIMITS, FIELD, type HelpfulFormState } from "@/lib/feedback/types";
import type { Locale } from "@/lib/i18n/locales";
import { FieldError, FormProblem, HiddenFields, Honeypot, TextField, fieldIds, primaryButtonClass } from "./fields";

export interface HelpfulText {
  question: string;
  yes: string;
  no: string;
  commentLabel: string;
  commentHint: string;
  submit: string;
  sending: string;
  thanks: string;
  honeypot: string;
}

/** What the answer is about: the page (path and query string), the search, hospital and service. */
export interface HelpfulContext {
  locale: Locale;
  page: string;
  query?: string;
  hospitalSlug?: string;
  service?: string;
}

export interface HelpfulPromptViewProps extends HelpfulContext {
  text: HelpfulText;
  formId: string;
  state: HelpfulFormState;
  pending?: boolean;
  /** How the form submits: a server action, or a method and URL. */
  form: Pick<FormHTMLAttributes<HTMLFormElement>, "method"> & { action: FormHTMLAttributes<HTMLFormElement>["action"] };
  statusRef?: Ref<HTMLDivElement>;
}

/** The id of the form's problem message (the client form moves the focus to it). */
export const helpfulProblemId = (formId: string) => `${formId}-problem`;

export function HelpfulPromptView({ text, formId, state, pending = false, form, statusRef, locale, page, query, hospitalSlug, service }: HelpfulPromptViewProps) {
  const values = state.status === "idle" || state.status === "ok" ? {} : state.values;
  const errors = state.status === "invalid" ? state.errors : {};
  const problem = state.status === "rateLimited" || state.status === "error" ? state.message : errors.form;
  const questionError = fieldIds(formId, "helpful").error;

  return (
    <div className="space-y-3">
      <div role="status" ref={statusRef} tabIndex={-1} className="rounded-md">
        {state.status === "ok" ? <p className="font-semibold text-slate-900">{text.thanks}</p> : null}
      </div>
      {state.status === "ok" ? null : (
        <form {...form} noValidate className="group relative max-w-xl space-y-4" data-testid="helpful-form">
          <HiddenFields
            fields={{
              [FIELD.locale]: locale,
              [FIELD.page]: page,
              [FIELD.query]: query,
              [FIELD.hospitalSlug]: hospitalSlug,
              [FIELD.service]: service,
            }}
          />
          <Honeypot formId={formId} label={text.honeypot} />
          <FormProblem id={helpfulProblemId(formId)} message={problem} />
          <fieldset aria-describedby={errors.helpful ? questionError : undefined} className="space-y-2">
            <legend className="text-base font-semibold text-slate-900">{text.question}</legend>
            <FieldError id={questionError}>{errors.helpful}</FieldError>
            <div className="flex flex-wrap gap-3">
              {(["yes", "no"] as const).map((value) => (
                <label
                  key={value}
                  htmlFor={`${formId}-${value}`}
                  className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-500 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50"
                >
                  <input
                    id={`${formId}-${value}`}
                    type="radio"
                    name={FIELD.helpful}
                    value={value}
                    defaultChecked={values.helpful === value}
                    className="h-4 w-4 accent-brand-700"
                  />
                  {value === "yes" ? text.yes : text.no}
                </label>
              ))}
            </div>
          </fieldset>
          <div className={values.comment || errors.comment ? "block" : "hidden group-has-checked:block"}>
            <TextField
              formId={formId}
              field="comment"
              name={FIELD.comment}
              label={text.commentLabel}
              hint={text.commentHint}
              error={errors.comment}
              defaultValue={values.comment}
              maxLength={FEEDBACK_LIMITS.comment}
              multiline
            />
          </div>
          <button type="submit" disabled={pending} className={primaryButtonClass}>
            {pending ? text.sending : text.submit}
          </button>
        </form>
      )}
    </div>
  );
}
