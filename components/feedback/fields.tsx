// Pieces shared by the feedback forms: labelled fields with hint and error tied by
// aria-describedby, the honeypot, and the form's problem message. No hooks and no dictionaries
// (the text comes translated from the server), so the client forms can use them.
import { HONEYPOT_FIELD } from "@/lib/feedback/types";

const inputClass =
  "block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export const primaryButtonClass =
  "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-80";

/** The ids a field's input, hint and error use. */
export function fieldIds(formId: string, field: string) {
  return { input: `${formId}-${field}`, hint: `${formId}-${field}-hint`, error: `${formId}-${field}-error` };
}

export function FieldError({ id, children }: { id: string; children?: string }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {children}
    </p>
  );
}

/** A labelled text input or textarea, with an optional hint and error (both in aria-describedby). */
export function TextField({
  formId,
  field,
  name,
  label,
  hint,
  error,
  defaultValue,
  maxLength,
  multiline = false,
  type = "text",
  autoComplete = "off",
}: {
  formId: string;
  field: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  maxLength: number;
  multiline?: boolean;
  type?: "text" | "email";
  autoComplete?: string;
}) {
  const ids = fieldIds(formId, field);
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id: ids.input,
    name,
    defaultValue,
    maxLength,
    autoComplete,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    className: inputClass,
  };
  return (
    <div className="space-y-1">
      <label htmlFor={ids.input} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={ids.hint} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.error}>{error}</FieldError>
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={type === "email" ? "email" : undefined}
          spellCheck={type === "email" ? false : undefined}
        />
      )}
    </div>
  );
}

/**
 * The honeypot: a text field no person sees or reaches — off-screen, its wrapper hidden from
 * assistive technology, out of the tab order, never autofilled. Bots that fill every field
 * fill it, and lib/feedback then drops the submission while answering as if it were stored.
 */
export function Honeypot({ formId, label }: { formId: string; label: string }) {
  const id = `${formId}-${HONEYPOT_FIELD}`;
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** Hidden context fields; empty values are left out. */
export function HiddenFields({ fields }: { fields: Record<string, string | undefined | null> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
    </>
  );
}

/** A problem with the whole form (rate limit, server error, stale form), as an alert focus can move to. */
export function FormProblem({ id, message }: { id: string; message?: string }) {
  return (
    <div role="alert" id={id} tabIndex={-1} className={message ? "rounded-md border border-red-400 bg-red-50 p-3 text-sm text-red-950" : undefined}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
