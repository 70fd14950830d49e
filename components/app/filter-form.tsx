// A one-field GET form over a list (the operator pages' filters and searches): every view it gives has an address, and it works without JavaScript.
import type { ReactNode } from "react";
import { primaryButtonClass } from "@/components/app/form-parts";

export function FilterForm({
  action,
  role,
  fieldId,
  label,
  submit,
  hidden,
  children,
}: {
  action: string;
  role?: "search";
  /** The control's id, for its label. */
  fieldId: string;
  label: string;
  submit: string;
  /** Hidden inputs carried along (before the field). */
  hidden?: ReactNode;
  /** The control itself (a select or an input). */
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role={role} className="flex flex-wrap items-end gap-3">
      {hidden}
      <div className="space-y-1">
        <label htmlFor={fieldId} className="block font-semibold text-slate-900">
          {label}
        </label>
        {children}
      </div>
      <button type="submit" className={primaryButtonClass}>
        {submit}
      </button>
    </form>
  );
}
