// The form shared by the OIDC and SAML connections: a shell for their fields, the "enabled" checkbox and save button, then a separate form removing the stored connection.
import type { ReactNode } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";

type Action = (form: FormData) => Promise<void>;

/** A label, hint and error above a control that is not a text input (a select, a textarea, a file input); the control ties itself to the hint and error ids (`${id}-hint`, `${id}-error`). */
export function FieldShell({ id, label, hint, error, children }: { id: string; label: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function Checkbox({ id, name, label, hint, defaultChecked }: { id: string; name: string; label: string; hint?: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 h-4 w-4" />
      <div>
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function ConnectionForm({
  organizationId,
  saveAction,
  removeAction,
  stored,
  enabled,
  saveLabel,
  removeLabel,
  children,
}: {
  organizationId: string;
  saveAction: Action;
  removeAction: Action;
  /** Whether a connection is stored (only then can it be removed). */
  stored: boolean;
  enabled: { id: string; label: string; hint: string; defaultChecked: boolean };
  saveLabel: string;
  removeLabel: string;
  /** The connection's own fields. */
  children: ReactNode;
}) {
  const orgField = <input type="hidden" name="organization" value={organizationId} />;
  return (
    <>
      <form action={saveAction} className="space-y-4" noValidate>
        {orgField}
        {children}
        <Checkbox id={enabled.id} name="enabled" label={enabled.label} hint={enabled.hint} defaultChecked={enabled.defaultChecked} />
        <button type="submit" className={primaryButtonClass}>
          {saveLabel}
        </button>
      </form>
      {stored ? (
        <form action={removeAction}>
          {orgField}
          <button type="submit" className={secondaryButtonClass}>
            {removeLabel}
          </button>
        </form>
      ) : null}
    </>
  );
}
