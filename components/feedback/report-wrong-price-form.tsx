"use client";

// The interactive part of ReportWrongPrice (./report-wrong-price.tsx, which translates its text
// on the server): a disclosure (a native <details>, so it opens without JavaScript too) holding a
// small form — the service, the price shown, what is right, an optional email. Errors sit under
// their fields (aria-describedby, aria-invalid) and focus moves to the first one; the
// confirmation replaces the form, is announced politely (role="status") and takes focus.
import { useActionState, useEffect, useId, useRef } from "react";
import { submitWrongPrice } from "@/app/(public)/feedback/actions";
import { FEEDBACK_LIMITS, FIELD, IDLE, type WrongPriceField, type WrongPriceFormState } from "@/lib/feedback/types";
import type { Locale } from "@/lib/i18n/locales";
import { FormProblem, HiddenFields, Honeypot, TextField, fieldIds, primaryButtonClass } from "./fields";

export interface ReportText {
  toggle: string;
  intro: string;
  serviceLabel: string;
  serviceHint: string;
  /** "Service: CPT 70551", when the page fixed the service. */
  serviceFixed?: string;
  shownPriceLabel: string;
  shownPriceHint: string;
  /** "Price shown: $1,250.00", when the page fixed the price. */
  shownPriceFixed?: string;
  messageLabel: string;
  messageHint: string;
  emailLabel: string;
  emailHint: string;
  submit: string;
  sending: string;
  thanks: string;
  honeypot: string;
}

export interface ReportWrongPriceFormProps {
  text: ReportText;
  locale: Locale;
  page: string;
  hospitalSlug: string;
  service?: string;
  shownPrice?: string;
  query?: string;
  /** Start open (the visitor came to report a price, from a search result's link). */
  open?: boolean;
}

const INITIAL: WrongPriceFormState = IDLE;
const FIELD_ORDER: readonly WrongPriceField[] = ["service", "shownPrice", "message", "email"];

/** The fields the visitor types in, in order; fixed ones report their problems with the form's. */
function editableFields(fixedService: boolean, fixedPrice: boolean): WrongPriceField[] {
  return FIELD_ORDER.filter((f) => !(f === "service" && fixedService) && !(f === "shownPrice" && fixedPrice));
}

export function ReportWrongPriceForm({ text, locale, page, hospitalSlug, service, shownPrice, query, open = false }: ReportWrongPriceFormProps) {
  const [state, formAction, pending] = useActionState(submitWrongPrice, INITIAL);
  const formId = `report${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const statusRef = useRef<HTMLDivElement>(null);
  const problemId = `${formId}-problem`;
  const fixedService = Boolean(service);
  const fixedPrice = Boolean(shownPrice);

  const values = state.status === "idle" || state.status === "ok" ? {} : state.values;
  const errors = state.status === "invalid" ? state.errors : {};
  const problem =
    state.status === "rateLimited" || state.status === "error"
      ? state.message
      : (errors.form ?? (fixedService ? errors.service : undefined) ?? (fixedPrice ? errors.shownPrice : undefined));

  useEffect(() => {
    if (state.status === "idle") return;
    if (state.status === "ok") {
      statusRef.current?.focus();
      return;
    }
    const first = state.status === "invalid" ? editableFields(fixedService, fixedPrice).find((f) => state.errors[f]) : undefined;
    document.getElementById(first ? fieldIds(formId, first).input : problemId)?.focus();
  }, [state, formId, problemId, fixedService, fixedPrice]);

  return (
    <div className="space-y-3">
      <div role="status" ref={statusRef} tabIndex={-1} className="rounded-md">
        {state.status === "ok" ? (
          <p className="rounded-md border border-green-700 bg-green-50 p-3 font-semibold text-green-950">{text.thanks}</p>
        ) : null}
      </div>
      {state.status === "ok" ? null : (
        <details className="group/report" open={open || state.status !== "idle"}>
          <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="inline-block transition-transform group-open/report:rotate-90">
              ▸
            </span>
            {text.toggle}
          </summary>
          <form action={formAction} noValidate className="relative mt-4 max-w-xl space-y-4" data-testid="report-form">
            <p className="text-sm text-slate-700">{text.intro}</p>
            <HiddenFields
              fields={{
                [FIELD.locale]: locale,
                [FIELD.page]: page,
                [FIELD.hospitalSlug]: hospitalSlug,
                [FIELD.query]: query,
                [FIELD.service]: service,
                [FIELD.shownPrice]: shownPrice,
              }}
            />
            <Honeypot formId={formId} label={text.honeypot} />
            <FormProblem id={problemId} message={problem} />
            {text.serviceFixed || text.shownPriceFixed ? (
              <ul className="text-sm text-slate-900">
                {fixedService && text.serviceFixed ? <li>{text.serviceFixed}</li> : null}
                {fixedPrice && text.shownPriceFixed ? <li>{text.shownPriceFixed}</li> : null}
              </ul>
            ) : null}
            {fixedService ? null : (
              <TextField
                formId={formId}
                field="service"
                name={FIELD.service}
                label={text.serviceLabel}
                hint={text.serviceHint}
                error={errors.service}
                defaultValue={values.service}
                maxLength={FEEDBACK_LIMITS.service}
              />
            )}
            {fixedPrice ? null : (
              <TextField
                formId={formId}
                field="shownPrice"
                name={FIELD.shownPrice}
                label={text.shownPriceLabel}
                hint={text.shownPriceHint}
                error={errors.shownPrice}
                defaultValue={values.shownPrice}
                maxLength={FEEDBACK_LIMITS.shownPrice}
              />
            )}
            <TextField
              formId={formId}
              field="message"
              name={FIELD.message}
              label={text.messageLabel}
              hint={text.messageHint}
              error={errors.message}
              defaultValue={values.message}
              maxLength={FEEDBACK_LIMITS.message}
              multiline
            />
            <TextField
              formId={formId}
              field="email"
              name={FIELD.email}
              label={text.emailLabel}
              hint={text.emailHint}
              error={errors.email}
              defaultValue={values.email}
              maxLength={FEEDBACK_LIMITS.email}
              type="email"
              autoComplete="email"
            />
            <button type="submit" disabled={pending} className={primaryButtonClass}>
              {pending ? text.sending : text.submit}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
